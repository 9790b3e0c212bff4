// internal/crypto/cipher: Cipher, Decipher, Cipheriv, Decipheriv
// (https://nodejs.org/docs/v0.8.16/api/crypto.html#crypto_class_cipher) for the AES modes the
// C# binding implements, with node 20's errors and the stream interface. createCipher and
// createDecipher (removed from node 20, documented in v0.8) derive key and IV from the
// password with OpenSSL's EVP_BytesToKey: MD5, no salt, one iteration.
'use strict';

var Transform = require('stream').Transform;
var LazyTransform = require('internal/crypto/lazy_transform');
var Buffer = require('buffer').Buffer;
var u = require('internal/crypto/util');
var binding = u.binding;

var kHandle = Symbol('kHandle');

// name → [mode, key length in bytes]
var ciphers = {};
['ecb', 'cbc', 'ctr', 'ofb', 'cfb', 'gcm'].forEach(function (mode) {
  [128, 192, 256].forEach(function (bits) { ciphers['aes-' + bits + '-' + mode] = [mode, bits / 8]; });
});
ciphers.aes128 = ['cbc', 16];
ciphers.aes192 = ['cbc', 24];
ciphers.aes256 = ['cbc', 32];

function ivLength(mode) { return mode === 'ecb' ? 0 : mode === 'gcm' ? 12 : 16; }

function lookup(name) {
  u.validateString(name, 'cipher');
  var info = Object.prototype.hasOwnProperty.call(ciphers, name.toLowerCase()) ? ciphers[name.toLowerCase()] : null;
  if (!info) throw u.makeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  return info;
}

function getCiphers() { return Object.keys(ciphers).sort(); }

// EVP_BytesToKey(cipher, md5, salt = NULL, password, count = 1): D_i = MD5(D_(i-1) || password).
// https://www.openssl.org/docs/man1.0.2/man3/EVP_BytesToKey.html
function bytesToKey(password, keyLength, ivLen) {
  var out = Buffer.alloc(0);
  var prev = Buffer.alloc(0);
  while (out.length < keyLength + ivLen) {
    var h = binding.hash('md5');
    h.update(Buffer.concat([prev, password]));
    prev = h.digest();
    out = Buffer.concat([out, prev]);
  }
  return { key: out.subarray(0, keyLength), iv: out.subarray(keyLength, keyLength + ivLen) };
}

function CipherBase(decrypt, cipher, key, iv, options, fromPassword) {
  var info = lookup(cipher);
  var mode = info[0];
  if (fromPassword) {
    if (mode === 'ctr' || mode === 'gcm') process.emitWarning('Use Cipheriv for counter mode of ' + cipher);
    var derived = bytesToKey(u.toKeyBytes(key, 'password'), info[1], ivLength(mode));
    key = derived.key;
    iv = mode === 'ecb' ? null : derived.iv;
  } else {
    key = u.toKeyBytes(key, 'key');
    if (iv !== null) iv = u.toKeyBytes(iv, 'iv');
  }
  if (key.length !== info[1]) throw u.makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  if (mode === 'gcm' ? (iv === null || iv.length === 0) : (iv === null ? mode !== 'ecb' : iv.length !== ivLength(mode))) {
    throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  }
  var authTagLength = options && options.authTagLength;
  if (authTagLength !== undefined && mode === 'gcm' &&
      !(authTagLength === 4 || authTagLength === 8 || (authTagLength >= 12 && authTagLength <= 16))) {
    throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + authTagLength);
  }
  this[kHandle] = binding.cipher(mode, key, iv, decrypt);
  this._mode = mode;
  this._decrypt = decrypt;
  this._authTagLength = authTagLength === undefined ? 16 : authTagLength;
  this._finalized = false;
  this._tag = null;
  this._decoder = null;
  this._decoderEncoding = null;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(CipherBase.prototype, LazyTransform.prototype);

function encodeOutput(self, buf, outputEncoding, last) {
  var enc = u.normalizeEncoding(outputEncoding);
  if (!enc || enc === 'latin1' || enc === 'hex' || enc === 'ascii') {
    if (!enc) return buf;
    return buf.toString(enc);
  }
  if (!self._decoder || self._decoderEncoding !== enc) {
    self._decoder = new u.Decoder(enc);
    self._decoderEncoding = enc;
  }
  return last ? self._decoder.end(buf) : self._decoder.write(buf);
}

function stateError(op) {
  return u.makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation ' + op);
}

CipherBase.prototype.update = function (data, inputEncoding, outputEncoding) {
  if (this._finalized) throw new Error('Trying to add data in unsupported state');
  this._updated = true;
  var defaultEncoding = u.getDefaultEncoding();
  inputEncoding = inputEncoding || defaultEncoding;
  outputEncoding = outputEncoding || defaultEncoding;
  if (typeof data === 'string') {
    var enc = u.normalizeEncoding(inputEncoding);
    if (inputEncoding !== undefined && inputEncoding !== 'buffer' && !enc) {
      throw u.makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + inputEncoding);
    }
  }
  var bytes = u.toBytes(data, inputEncoding);
  return encodeOutput(this, this[kHandle].update(bytes), outputEncoding, false);
};

CipherBase.prototype.final = function (outputEncoding) {
  if (this._finalized) throw u.makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  this._finalized = true;
  var out = this[kHandle].final();
  if (this._mode === 'gcm' && !this._decrypt) this._tag = this[kHandle].getAuthTag().subarray(0, this._authTagLength);
  return encodeOutput(this, out, outputEncoding || u.getDefaultEncoding(), true);
};

CipherBase.prototype.setAutoPadding = function (ap) {
  if (this._finalized) throw stateError('setAutoPadding');
  this[kHandle].setAutoPadding(ap === undefined ? true : !!ap);
  return this;
};

CipherBase.prototype._transform = function (chunk, encoding, callback) {
  this.push(this[kHandle].update(u.toBytes(chunk, encoding)));
  callback();
};

CipherBase.prototype._flush = function (callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
};

function defineAuthMethods(proto, decrypt) {
  proto.setAAD = function (buffer, options) {
    if (this._mode !== 'gcm' || this._finalized || this._updated) throw stateError('setAAD');
    this[kHandle].setAAD(u.toBytes(buffer, undefined, 'buffer'));
    return this;
  };
  if (decrypt) {
    proto.setAuthTag = function (tagbuf, encoding) {
      var tag = u.toKeyBytes(tagbuf, 'buffer', encoding);
      if (this._mode !== 'gcm' || this._finalized || this._tagSet) throw stateError('setAuthTag');
      if (!(tag.length === 4 || tag.length === 8 || (tag.length >= 12 && tag.length <= 16))) {
        throw u.makeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: ' + tag.length);
      }
      this._tagSet = true;
      this[kHandle].setAuthTag(tag);
      return this;
    };
  } else {
    proto.getAuthTag = function () {
      if (this._mode !== 'gcm' || !this._tag) throw stateError('getAuthTag');
      return this._tag;
    };
  }
}

function defineClass(name, decrypt, fromPassword) {
  var Ctor = function (cipher, key, iv, options) {
    if (!(this instanceof Ctor)) return new Ctor(cipher, key, iv, options);
    if (fromPassword) CipherBase.call(this, decrypt, cipher, key, null, iv, true);
    else CipherBase.call(this, decrypt, cipher, key, iv, options, false);
  };
  Object.defineProperty(Ctor, 'name', { value: name });
  Object.setPrototypeOf(Ctor.prototype, CipherBase.prototype);
  Object.setPrototypeOf(Ctor, LazyTransform);
  defineAuthMethods(Ctor.prototype, decrypt);
  return Ctor;
}

module.exports = {
  Cipher: defineClass('Cipher', false, true),
  Decipher: defineClass('Decipher', true, true),
  Cipheriv: defineClass('Cipheriv', false, false),
  Decipheriv: defineClass('Decipheriv', true, false),
  getCiphers: getCiphers
};
