// internal/crypto/diffiehellman: DiffieHellman and DiffieHellmanGroup
// (https://nodejs.org/docs/v0.8.16/api/crypto.html#crypto_class_diffiehellman) over the C#
// binding (System.Numerics.BigInteger), with node 20's argument handling and errors. Keys and
// outputs use crypto.DEFAULT_ENCODING when no encoding is given, as the manual says.
'use strict';

var Buffer = require('buffer').Buffer;
var u = require('internal/crypto/util');
var binding = u.binding;

var kHandle = Symbol('kHandle');
var DH_GENERATOR = 2;
var kBytesTypes = 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// A string in an encoding ('buffer' meaning utf8), or any ArrayBuffer or view, as a Uint8Array.
function toBytes(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' ? 'utf8' : encoding);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return u.toUint8(value);
  throw u.invalidArgType(name, 'of type ' + kBytesTypes, value);
}

function isBytes(value) { return ArrayBuffer.isView(value) || value instanceof ArrayBuffer; }

function encode(buf, encoding) {
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// The handle looks like node's native one to util.inspect: `DiffieHellman { verifyError: [Getter] }`.
var handlePrototypes = {
  DiffieHellman: (function () { return function DiffieHellman() {}; })().prototype,
  DiffieHellmanGroup: (function () { return function DiffieHellmanGroup() {}; })().prototype
};

function adoptHandle(dh, handle, className) {
  var verifyError = handle.verifyError;
  Object.setPrototypeOf(handle, handlePrototypes[className]);
  Object.defineProperty(handle, 'verifyError', { enumerable: true, configurable: true, get: function () { return verifyError; } });
  dh[kHandle] = handle;
  Object.defineProperty(dh, 'verifyError', { enumerable: true, writable: false, configurable: false, value: verifyError });
}

// createDiffieHellman(prime_length[, generator]) or (prime[, prime_encoding][, generator][, generator_encoding]).
function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBytes(sizeOrKey)) {
    throw u.invalidArgType('sizeOrKey', 'one of type number or ' + kBytesTypes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') u.validateInt32(sizeOrKey, 'sizeOrKey', -2147483648, 2147483647);
  // An argument in the encoding's place that is no encoding is the generator.
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  var encoding = u.getDefaultEncoding();
  keyEncoding = keyEncoding || encoding;
  genEncoding = genEncoding || encoding;
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBytes(sizeOrKey, 'sizeOrKey', keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    u.validateInt32(generator, 'generator', -2147483648, 2147483647);
  } else if (typeof generator === 'string' || isBytes(generator)) {
    generator = toBytes(generator, 'generator', genEncoding);
  } else {
    throw u.invalidArgType('generator', 'one of type number or ' + kBytesTypes, generator);
  }
  adoptHandle(this, binding.dh(sizeOrKey, generator), 'DiffieHellman');
}

// getDiffieHellman(group_name): a predefined MODP group, whose keys cannot be set.
function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw u.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  var handle = binding.dhGroup(name);
  if (!handle) throw u.makeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  adoptHandle(this, handle, 'DiffieHellmanGroup');
}

function noKey(which) {
  return u.makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'No ' + which + ' key - did you forget to generate one?');
}

DiffieHellman.prototype.generateKeys = DiffieHellmanGroup.prototype.generateKeys = function dhGenerateKeys(encoding) {
  var key = this[kHandle].generateKeys();
  return encode(key, encoding || u.getDefaultEncoding());
};

DiffieHellman.prototype.computeSecret = DiffieHellmanGroup.prototype.computeSecret = function dhComputeSecret(key, inEnc, outEnc) {
  var encoding = u.getDefaultEncoding();
  inEnc = inEnc || encoding;
  outEnc = outEnc || encoding;
  var secret = this[kHandle].computeSecret(toBytes(key, 'key', inEnc));
  if (typeof secret === 'string') {
    if (secret === 'small') throw u.makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
    if (secret === 'large') throw u.makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
    throw u.makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type');
  }
  return encode(secret, outEnc);
};

DiffieHellman.prototype.getPrime = DiffieHellmanGroup.prototype.getPrime = function dhGetPrime(encoding) {
  return encode(this[kHandle].getPrime(), encoding || u.getDefaultEncoding());
};

DiffieHellman.prototype.getGenerator = DiffieHellmanGroup.prototype.getGenerator = function dhGetGenerator(encoding) {
  return encode(this[kHandle].getGenerator(), encoding || u.getDefaultEncoding());
};

DiffieHellman.prototype.getPublicKey = DiffieHellmanGroup.prototype.getPublicKey = function dhGetPublicKey(encoding) {
  var key = this[kHandle].getPublicKey();
  if (key === null) throw noKey('public');
  return encode(key, encoding || u.getDefaultEncoding());
};

DiffieHellman.prototype.getPrivateKey = DiffieHellmanGroup.prototype.getPrivateKey = function dhGetPrivateKey(encoding) {
  var key = this[kHandle].getPrivateKey();
  if (key === null) throw noKey('private');
  return encode(key, encoding || u.getDefaultEncoding());
};

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].setPublicKey(toBytes(key, 'key', encoding || u.getDefaultEncoding()));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].setPrivateKey(toBytes(key, 'key', encoding || u.getDefaultEncoding()));
  return this;
};

module.exports = { DiffieHellman: DiffieHellman, DiffieHellmanGroup: DiffieHellmanGroup };
