// crypto: https://nodejs.org/docs/v0.8.16/api/crypto.html, with node 20's argument checks and
// errors and its additions that come for free here (randomUUID, randomInt, randomFill,
// timingSafeEqual, Hash.copy). Hashing, HMAC, AES and random bytes run in C#
// (internal/crypto over System.Security.Cryptography); the classes live in lib/internal/crypto/.
'use strict';

var Buffer = require('buffer').Buffer;
var u = require('internal/crypto/util');
var hash = require('internal/crypto/hash');
var cipher = require('internal/crypto/cipher');
var sign = require('internal/crypto/sign');
var dh = require('internal/crypto/diffiehellman');
var binding = u.binding;

var kMaxLength = 2147483647;

function createHash(algorithm, options) { return new hash.Hash(algorithm, options); }
function createHmac(algorithm, key, options) { return new hash.Hmac(algorithm, key, options); }
function createCipheriv(name, key, iv, options) { return new cipher.Cipheriv(name, key, iv, options); }
function createDecipheriv(name, key, iv, options) { return new cipher.Decipheriv(name, key, iv, options); }
var deprecate = require('util').deprecate;
var createCipher = deprecate(function createCipher(name, password, options) {
  return new cipher.Cipher(name, password, options);
}, 'crypto.createCipher is deprecated.', 'DEP0106');
var createDecipher = deprecate(function createDecipher(name, password, options) {
  return new cipher.Decipher(name, password, options);
}, 'crypto.createDecipher is deprecated.', 'DEP0106');

function createSign(algorithm, options) { return new sign.Sign(algorithm, options); }
function createVerify(algorithm, options) { return new sign.Verify(algorithm, options); }

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new dh.DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}
function createDiffieHellmanGroup(name) { return new dh.DiffieHellmanGroup(name); }

function getHashes() { return binding.hashes(); }

// --- Random data ---

function assertSize(size, offset, length) {
  u.validateNumber(size, 'size');
  if (Number.isNaN(size) || size > kMaxLength || size < 0) throw u.outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  if (size + offset > length) throw u.outOfRange('size + offset', '<= ' + length, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  u.validateNumber(size, 'size');
  if (Number.isNaN(size) || size > kMaxLength || size < 0) throw u.outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  if (callback !== undefined) u.validateFunction(callback, 'callback');
  var buf = binding.randomFill(Buffer.alloc(size), 0, size);
  if (callback === undefined) return buf;
  process.nextTick(callback, null, buf);
}

function randomFillSync(buf, offset, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw u.invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
  var bytes = buf instanceof ArrayBuffer ? Buffer.from(buf) : u.toUint8(buf);
  offset = offset === undefined ? 0 : offset;
  u.validateNumber(offset, 'offset');
  if (offset < 0 || offset > bytes.length) throw u.outOfRange('offset', '>= 0 && <= ' + bytes.length, offset);
  size = size === undefined ? bytes.length - offset : assertSize(size, offset, bytes.length);
  binding.randomFill(bytes, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = undefined; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  u.validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  process.nextTick(callback, null, buf);
}

function randomUUID(options) {
  var b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  var h = b.toString('hex');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

// randomInt([min, ]max[, callback]): uniform in [min, max) by rejection sampling of 48-bit values.
function randomInt(min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) { callback = max; max = min; min = 0; }
  if (callback !== undefined) u.validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw intError('min', min);
  if (!Number.isSafeInteger(max)) throw intError('max', max);
  if (max <= min) {
    throw u.makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "max" is out of range. It must be greater than the value of "min" (' + min + '). Received ' + max);
  }
  var range = max - min;
  var RAND_MAX = 0xFFFFFFFFFFFF;
  if (!(range <= RAND_MAX)) {
    throw u.outOfRange('max - min', '<= ' + RAND_MAX, range);
  }
  var limit = RAND_MAX - (RAND_MAX % range);
  var x;
  do { x = randomBytes(6).readUIntBE(0, 6); } while (x >= limit);
  var n = min + (x % range);
  if (callback === undefined) return n;
  process.nextTick(callback, undefined, n);
}

function intError(name, value) {
  return u.invalidArgType(name, 'a safe integer', value);
}

// --- Key derivation, comparison ---

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  password = u.toKeyBytes(password, 'password');
  salt = u.toKeyBytes(salt, 'salt');
  u.validateInt32(iterations, 'iterations', 1, kMaxLength);
  u.validateInt32(keylen, 'keylen', 0, kMaxLength);
  u.validateString(digest, 'digest');
  if (!binding.hash(digest)) throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  return [password, salt, iterations, keylen, digest];
}

// The derived key in crypto.DEFAULT_ENCODING.
function encodeDefault(buf) {
  var enc = u.getDefaultEncoding();
  return enc === 'buffer' ? buf : buf.toString(enc);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  return encodeDefault(binding.pbkdf2(a[0], a[1], a[2], a[3], a[4]));
}

// The key is derived at once and handed to the callback on a later tick.
function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  u.validateFunction(callback, 'callback');
  var key = encodeDefault(binding.pbkdf2(a[0], a[1], a[2], a[3], a[4]));
  process.nextTick(callback, null, key);
}

function timingSafeEqual(buf1, buf2) {
  // node's message here has no "Received ..." part.
  if (!ArrayBuffer.isView(buf1) && !(buf1 instanceof ArrayBuffer)) throw bufferArgError('buf1');
  if (!ArrayBuffer.isView(buf2) && !(buf2 instanceof ArrayBuffer)) throw bufferArgError('buf2');
  var a = buf1 instanceof ArrayBuffer ? Buffer.from(buf1) : u.toUint8(buf1);
  var b = buf2 instanceof ArrayBuffer ? Buffer.from(buf2) : u.toUint8(buf2);
  if (a.length !== b.length) throw u.makeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  return binding.timingSafeEqual(a, b);
}

// crypto.createCredentials(details) (v0.8; node 20 has tls.createSecureContext): a Credentials
// object whose `context` holds the key, certificate chain and trusted CAs for TLS.
function Credentials(context) {
  if (!(this instanceof Credentials)) return new Credentials(context);
  this.context = context || binding.secureContext();
}

function pemText(value) {
  return Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
}

function createCredentials(details) {
  details = details || {};
  if (details.crl) throw new Error('crypto.createCredentials: the crl option is not supported yet');
  var c = new Credentials();
  if (details.pfx) c.context.loadPKCS12(Buffer.isBuffer(details.pfx) ? details.pfx : Buffer.from(String(details.pfx), 'latin1'), details.passphrase);
  if (details.key) c.context.setKey(pemText(details.key), details.passphrase);
  if (details.cert) c.context.setCert(pemText(details.cert));
  if (details.ciphers) c.context.setCiphers(String(details.ciphers));
  if (details.ca) [].concat(details.ca).forEach(function (ca) { c.context.addCACert(pemText(ca)); });
  else c.context.addRootCerts();
  return c;
}

function bufferArgError(name) {
  return u.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

module.exports = {
  createCipheriv: createCipheriv,
  createDecipheriv: createDecipheriv,
  createDiffieHellman: createDiffieHellman,
  createDiffieHellmanGroup: createDiffieHellmanGroup,
  createHash: createHash,
  createHmac: createHmac,
  createSign: createSign,
  createVerify: createVerify,
  getCiphers: cipher.getCiphers,
  getDiffieHellman: createDiffieHellmanGroup,
  getHashes: getHashes,
  pbkdf2: pbkdf2,
  pbkdf2Sync: pbkdf2Sync,
  randomBytes: randomBytes,
  randomFill: randomFill,
  randomFillSync: randomFillSync,
  randomInt: randomInt,
  randomUUID: randomUUID,
  timingSafeEqual: timingSafeEqual,
  Cipheriv: cipher.Cipheriv,
  Decipheriv: cipher.Decipheriv,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  Hash: hash.Hash,
  Hmac: hash.Hmac,
  Sign: sign.Sign,
  Verify: sign.Verify
};

// v0.8's names that node 20 keeps but hides: pseudoRandomBytes (= randomBytes), and the
// password-based createCipher/createDecipher (deprecated, DEP0106; gone in node 22).
Object.defineProperties(module.exports, {
  createCipher: { enumerable: false, writable: true, configurable: true, value: createCipher },
  createCredentials: { enumerable: false, writable: true, configurable: true, value: createCredentials },
  Credentials: { enumerable: false, writable: true, configurable: true, value: Credentials },
  createDecipher: { enumerable: false, writable: true, configurable: true, value: createDecipher },
  Cipher: { enumerable: false, writable: true, configurable: true, value: cipher.Cipher },
  Decipher: { enumerable: false, writable: true, configurable: true, value: cipher.Decipher },
  pseudoRandomBytes: { enumerable: false, writable: true, configurable: true, value: randomBytes },
  prng: { enumerable: false, writable: true, configurable: true, value: randomBytes },
  rng: { enumerable: false, writable: true, configurable: true, value: randomBytes },
  // Documented by the v0.8 manual; node 20 removed it (node 19 had it non-enumerable).
  DEFAULT_ENCODING: { enumerable: false, configurable: true, get: u.getDefaultEncoding, set: u.setDefaultEncoding }
});
