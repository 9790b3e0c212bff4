// internal/crypto/sign: Sign and Verify (https://nodejs.org/docs/v0.8.16/api/crypto.html#crypto_class_signer)
// with PEM keys (RSA PKCS#1 v1.5 and ECDSA), over the C# binding. The data is collected here
// and hashed with the key's algorithm when sign()/verify() is called.
'use strict';

var Buffer = require('buffer').Buffer;
var Writable = require('stream').Writable;
var u = require('internal/crypto/util');
var binding = u.binding;

function SignBase(algorithm, options) {
  u.validateString(algorithm, 'algorithm');
  if (!binding.hash(algorithm)) throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  this._algorithm = algorithm;
  this._chunks = [];
  Writable.call(this, options);
}
Object.setPrototypeOf(SignBase.prototype, Writable.prototype);

SignBase.prototype.update = function (data, encoding) {
  this._chunks.push(Buffer.from(u.toBytes(data, encoding || u.getDefaultEncoding())));
  return this;
};

SignBase.prototype._write = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

function keyText(key) {
  if (key && typeof key === 'object' && !ArrayBuffer.isView(key)) key = key.key;
  if (typeof key === 'string') return key;
  if (ArrayBuffer.isView(key)) return Buffer.from(u.toUint8(key)).toString('latin1');
  throw u.invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  SignBase.call(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, SignBase.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype.sign = function (privateKey, encoding) {
  var sig = binding.sign(this._algorithm, keyText(privateKey), Buffer.concat(this._chunks));
  var enc = u.normalizeEncoding(encoding || u.getDefaultEncoding());
  return enc ? sig.toString(enc) : sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  SignBase.call(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, SignBase.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype.verify = function (object, signature, sigEncoding) {
  sigEncoding = sigEncoding || u.getDefaultEncoding();
  var sig = typeof signature === 'string' ? Buffer.from(signature, u.normalizeEncoding(sigEncoding) || 'utf8') : u.toBytes(signature, undefined, 'signature');
  return binding.verify(this._algorithm, keyText(object), Buffer.concat(this._chunks), sig);
};

module.exports = { Sign: Sign, Verify: Verify };
