// highWaterMark: https://nodejs.org/docs/latest-v20.x/api/stream.html#buffering — how much a
// stream buffers before push() or write() report back-pressure (16 KiB, or 16 objects).
'use strict';

var errors = require('internal/streams/errors');

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? 16 : 16 * 1024;
}

// The option that sets the limit: highWaterMark, else the side-specific option of a Duplex.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  var hwm = options.highWaterMark != null ? options.highWaterMark : (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
      throw errors.invalidArgValue(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// The encodings Buffer understands; streams check names before Buffer does.
var encodings = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];

function isEncoding(encoding) {
  if (typeof Buffer !== 'undefined' && typeof Buffer.isEncoding === 'function') return Buffer.isEncoding(encoding);
  return typeof encoding === 'string' && encoding.length > 0 && encodings.indexOf(encoding.toLowerCase()) !== -1;
}

function isBuffer(chunk) {
  return typeof Buffer !== 'undefined' && Buffer.isBuffer(chunk);
}

function isUint8Array(chunk) {
  return typeof Uint8Array !== 'undefined' && chunk instanceof Uint8Array;
}

function toBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// A StringDecoder from the string_decoder module; where that module is missing, one that
// decodes each chunk on its own with Buffer#toString (a character split across chunks is
// then decoded as two replacement characters).
function makeDecoder(encoding) {
  var StringDecoder;
  try {
    StringDecoder = require('string_decoder').StringDecoder;
  } catch (e) {
    StringDecoder = null;
  }
  if (StringDecoder) return new StringDecoder(encoding);
  var normalized = normalizeEncoding(encoding);
  return {
    encoding: normalized,
    write: function (chunk) { return typeof chunk === 'string' ? chunk : chunk.toString(normalized); },
    end: function (chunk) { return chunk ? this.write(chunk) : ''; },
  };
}

function normalizeEncoding(encoding) {
  var e = String(encoding === undefined || encoding === null ? 'utf8' : encoding).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return e;
  }
  throw errors.unknownEncoding(encoding);
}

module.exports = {
  getDefaultHighWaterMark: getDefaultHighWaterMark,
  getHighWaterMark: getHighWaterMark,
  isEncoding: isEncoding,
  isBuffer: isBuffer,
  isUint8Array: isUint8Array,
  toBuffer: toBuffer,
  makeDecoder: makeDecoder,
};
