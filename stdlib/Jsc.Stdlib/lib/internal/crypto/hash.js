// internal/crypto/hash: Hash and Hmac (https://nodejs.org/docs/v0.8.16/api/crypto.html#crypto_class_hash),
// with node 20's errors, copy(), and the stream interface (write the data, read the digest).
'use strict';

var Transform = require('stream').Transform;
var LazyTransform = require('internal/crypto/lazy_transform');
var u = require('internal/crypto/util');
var binding = u.binding;

var kHandle = Symbol('kHandle');
var kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var handle;
  if (algorithm instanceof Hash) {
    handle = algorithm[kHandle].copy();
  } else {
    u.validateString(algorithm, 'algorithm');
    handle = binding.hash(algorithm);
    if (!handle) throw new Error('Digest method not supported');
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

function finalizedError() {
  return u.makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

Hash.prototype.copy = function (options) {
  if (this[kFinalized]) throw finalizedError();
  return new Hash(this, options);
};

Hash.prototype.update = function (data, encoding) {
  if (this[kFinalized]) throw finalizedError();
  this[kHandle].update(u.toBytes(data, encoding || u.getDefaultEncoding()));
  return this;
};

Hash.prototype.digest = function (outputEncoding) {
  if (this[kFinalized]) throw finalizedError();
  this[kFinalized] = true;
  return encodeDigest(this[kHandle].digest(), outputEncoding);
};

function encodeDigest(buf, outputEncoding) {
  var enc = u.normalizeEncoding(outputEncoding || u.getDefaultEncoding());
  return enc ? buf.toString(enc) : buf;
}

Hash.prototype._transform = function (chunk, encoding, callback) {
  this[kHandle].update(u.toBytes(chunk, encoding));
  callback();
};

Hash.prototype._flush = function (callback) {
  this.push(this[kHandle].digest());
  callback();
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  u.validateString(hmac, 'hmac');
  var encoding = options && options.encoding;
  var keyBytes = u.toKeyBytes(key, 'key', encoding);
  var handle = binding.hmac(hmac, keyBytes);
  if (!handle) throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
  this[kHandle] = handle;
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

// An Hmac digested twice gives an empty digest (node's behaviour, not an error).
Hmac.prototype.digest = function (outputEncoding) {
  if (this[kFinalized]) return encodeDigest(Buffer.alloc(0), outputEncoding);
  this[kFinalized] = true;
  return encodeDigest(this[kHandle].digest(), outputEncoding);
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

module.exports = { Hash: Hash, Hmac: Hmac };
