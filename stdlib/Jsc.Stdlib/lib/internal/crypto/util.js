// internal/crypto/util: what the crypto classes share: node's argument errors, turning
// strings and views into bytes, and the output decoder that keeps multi-byte encodings
// whole across update()/final() calls (node uses a StringDecoder for the same).
'use strict';

var binding = require('internal/crypto');
var Buffer = require('buffer').Buffer;

function makeError(Ctor, code, message) {
  var err = new Ctor(message);
  if (code) {
    err.code = code;
    Object.defineProperty(err, 'name', { value: Ctor.name + ' [' + code + ']', configurable: true, writable: true });
    err.stack; // eslint-disable-line no-unused-expressions
    delete err.name;
  }
  return err;
}

function invalidArgType(name, expected, actual) {
  var kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + kind + ' must be ' + expected + '. Received ' + binding.describe(actual));
}

function outOfRange(name, range, value) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + formatNumber(value));
}

function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) <= 4294967296) return String(value);
  var s = String(Math.abs(value)), out = '';
  while (s.length > 3) { out = '_' + s.slice(-3) + out; s = s.slice(0, -3); }
  return (value < 0 ? '-' : '') + s + out;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
}

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// Data for update(): a string in an encoding (utf8 by default) or any ArrayBufferView.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, normalizeEncoding(encoding) || 'utf8');
  if (ArrayBuffer.isView(data)) return toUint8(data);
  throw invalidArgType(name || 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// A key, salt or password: string (utf8), ArrayBuffer or view.
function toKeyBytes(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, normalizeEncoding(encoding) || 'utf8');
  if (ArrayBuffer.isView(value)) return toUint8(value);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
    (name === 'key' ? 'DataView, KeyObject, or CryptoKey' : 'or DataView'), value);
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'buffer') return null;
  var e = String(enc).toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'binary') return 'latin1';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  return Buffer.isEncoding(e) ? e : null;
}

// Output in an encoding, across calls: base64 keeps whole 3-byte groups, utf8 and utf16le
// whole characters, so the pieces concatenate to the encoding of the whole output.
function Decoder(encoding) {
  this.encoding = encoding;
  this.rest = Buffer.alloc(0);
}

Decoder.prototype.write = function (buf) {
  var all = this.rest.length ? Buffer.concat([this.rest, buf]) : buf;
  var keep = 0;
  if (this.encoding === 'base64' || this.encoding === 'base64url') keep = all.length % 3;
  else if (this.encoding === 'utf16le') keep = all.length % 2;
  else if (this.encoding === 'utf8') keep = incompleteUtf8(all);
  this.rest = Buffer.from(all.subarray(all.length - keep));
  return all.toString(this.encoding, 0, all.length - keep);
};

Decoder.prototype.end = function (buf) {
  var text = buf ? this.write(buf) : '';
  var rest = this.rest;
  this.rest = Buffer.alloc(0);
  return text + (rest.length ? rest.toString(this.encoding) : '');
};

function incompleteUtf8(buf) {
  for (var back = 1; back <= 3 && back <= buf.length; back++) {
    var b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue;
    var need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

// crypto.DEFAULT_ENCODING (https://nodejs.org/docs/v0.8.16/api/crypto.html#crypto_crypto_default_encoding):
// the encoding of outputs, and of string inputs, when a call names none; 'buffer' means Buffers
// out and utf8 strings in. Node 20 removed the property but keeps the same default inside.
var defaultEncoding = 'buffer';

function getDefaultEncoding() { return defaultEncoding; }
function setDefaultEncoding(value) { defaultEncoding = value; }

module.exports = {
  binding: binding,
  getDefaultEncoding: getDefaultEncoding,
  setDefaultEncoding: setDefaultEncoding,
  makeError: makeError,
  invalidArgType: invalidArgType,
  outOfRange: outOfRange,
  validateString: validateString,
  validateFunction: validateFunction,
  validateNumber: validateNumber,
  validateInt32: validateInt32,
  toBytes: toBytes,
  toKeyBytes: toKeyBytes,
  toUint8: toUint8,
  normalizeEncoding: normalizeEncoding,
  Decoder: Decoder
};
