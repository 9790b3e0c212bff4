// string_decoder: https://nodejs.org/docs/v0.8.16/api/string_decoder.html — decodes Buffers
// to strings across writes, keeping the bytes of a character (utf8, utf16le) or of a base64
// group that a write splits until the next write completes it. The buffering follows
// node 20's native decoder (src/string_decoder.cc) byte for byte.
'use strict';

var percent = require('internal/percent');
var validate = require('internal/validate');

var kState = Symbol('kNativeDecoder');

var encodings = {
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url', 'ascii': 'ascii', 'hex': 'hex',
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  var name = encodings[String(enc).toLowerCase()];
  if (name === undefined || typeof enc !== 'string') {
    // node formats the name with %s, which inspects objects
    var shown = enc !== null && typeof enc === 'object' ? validate.inspect(enc, { depth: 0 }) : String(enc);
    throw validate.coded(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + shown);
  }
  return name;
}

var base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64(bytes, start, end, url) {
  var table = url ? base64UrlChars : base64Chars;
  var out = '';
  for (var i = start; i < end; i += 3) {
    var n = bytes[i] << 16 | (i + 1 < end ? bytes[i + 1] << 8 : 0) | (i + 2 < end ? bytes[i + 2] : 0);
    out += table[n >> 18 & 63] + table[n >> 12 & 63];
    out += i + 1 < end ? table[n >> 6 & 63] : url ? '' : '=';
    out += i + 2 < end ? table[n & 63] : url ? '' : '=';
  }
  return out;
}

// bytes[start..end) as a string in the given encoding (Buffer#toString's rules).
function makeString(bytes, start, end, encoding) {
  var out = '';
  var i;
  switch (encoding) {
    case 'utf8':
      return percent.utf8Decode(Array.prototype.slice.call(bytes, start, end));
    case 'utf16le':
      for (i = start; i + 1 < end; i += 2) out += String.fromCharCode(bytes[i] | bytes[i + 1] << 8);
      return out;
    case 'latin1':
      for (i = start; i < end; i++) out += String.fromCharCode(bytes[i]);
      return out;
    case 'ascii':
      for (i = start; i < end; i++) out += String.fromCharCode(bytes[i] & 0x7F);
      return out;
    case 'hex':
      for (i = start; i < end; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
      return out;
    default:
      return base64(bytes, start, end, encoding === 'base64url');
  }
}

function bytesOf(buf) {
  if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(buf)) {
    return buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  throw validate.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, kState, { value: { chars: [0, 0, 0, 0], buffered: 0, missing: 0 }, writable: true });
}

// decoder.write: https://nodejs.org/api/string_decoder.html#stringdecoderwritebuffer
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return decode(this[kState], bytesOf(buf), this.encoding);
};

StringDecoder.prototype.end = function end(buf) {
  var ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kState].buffered > 0) ret += flush(this[kState], this.encoding);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kState].missing = 0;
  this[kState].buffered = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get: function () {
      return typeof Buffer === 'function' ? Buffer.from(this[kState].chars) : this[kState].chars.slice();
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kState].missing; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get: function () { return this[kState].buffered + this[kState].missing; },
  },
});

function decode(state, data, encoding) {
  if (encoding === 'ascii' || encoding === 'hex' || encoding === 'latin1') return makeString(data, 0, data.length, encoding);
  var start = 0;
  var end = data.length;
  var prepend = '';
  var i;
  if (state.missing > 0) {
    if (encoding === 'utf8') {
      // A byte that should continue the character but does not: the character ends
      // (invalid) here and the byte starts a new one.
      for (i = 0; i < end && i < state.missing; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state.missing = 0;
          for (var k = 0; k < i; k++) state.chars[state.buffered + k] = data[k];
          state.buffered += i;
          start += i;
          break;
        }
      }
    }
    var found = Math.min(end - start, state.missing);
    for (i = 0; i < found; i++) state.chars[state.buffered + i] = data[start + i];
    start += found;
    state.missing -= found;
    state.buffered += found;
    if (state.missing === 0) {
      prepend = makeString(state.chars, 0, state.buffered, encoding);
      state.buffered = 0;
    }
  }
  if (start === end) return prepend;
  keepIncompleteTail(state, data, start, end, encoding);
  if (state.buffered > 0) {
    end -= state.buffered;
    for (i = 0; i < state.buffered; i++) state.chars[i] = data[end + i];
  }
  return prepend + (end > start ? makeString(data, start, end, encoding) : '');
}

// Sets state.buffered/missing for a character (or base64 group) cut off at the end of data.
function keepIncompleteTail(state, data, start, end, encoding) {
  var n = end - start;
  if (encoding === 'utf8') {
    if (!(data[end - 1] & 0x80)) return;
    for (var i = end - 1; ; --i) {
      state.buffered++;
      if ((data[i] & 0xC0) === 0x80) {
        // a trailing byte: more than 3 of them, or the chunk starts with one, is invalid anyway
        if (state.buffered >= 4 || i === start) {
          state.buffered = 0;
          return;
        }
        continue;
      }
      if ((data[i] & 0xE0) === 0xC0) state.missing = 2;
      else if ((data[i] & 0xF0) === 0xE0) state.missing = 3;
      else if ((data[i] & 0xF8) === 0xF0) state.missing = 4;
      else {
        state.buffered = 0;
        return;
      }
      if (state.buffered >= state.missing) {
        state.missing = 0;
        state.buffered = 0;
      }
      state.missing -= state.buffered;
      return;
    }
  } else if (encoding === 'utf16le') {
    if (n % 2 === 1) {
      state.buffered = 1;
      state.missing = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      state.buffered = 2;
      state.missing = 2;
    }
  } else {
    state.buffered = n % 3;
    if (state.buffered > 0) state.missing = 3 - state.buffered;
  }
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state.buffered % 2 === 1) {
    // a single trailing byte is dropped
    state.missing--;
    state.buffered--;
  }
  if (state.buffered === 0) return '';
  var ret = makeString(state.chars, 0, state.buffered, encoding);
  state.missing = 0;
  state.buffered = 0;
  return ret;
}

module.exports = { StringDecoder: StringDecoder };
