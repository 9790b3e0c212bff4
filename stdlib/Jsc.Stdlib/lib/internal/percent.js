// Percent-encoding shared by querystring and url: UTF-8 escaping of a string against a table
// of characters left alone, and the byte-level decoder querystring falls back on when
// decodeURIComponent rejects a malformed sequence.
'use strict';

var hexTable = new Array(256);
for (var h = 0; h < 256; ++h) hexTable[h] = '%' + ((h < 16 ? '0' : '') + h.toString(16)).toUpperCase();

// unhex[c]: the value of hex digit c, or -1.
function unhex(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function uriError() {
  var err = new URIError('URI malformed');
  err.code = 'ERR_INVALID_URI';
  return err;
}

// Escapes every character of str that noEscape[code] does not mark with 1, as UTF-8 bytes
// (https://nodejs.org/api/querystring.html#querystringescapestr).
function encodeStr(str, noEscape) {
  var len = str.length;
  if (len === 0) return '';
  var out = '';
  var lastPos = 0;
  for (var i = 0; i < len; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += hexTable[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    // A surrogate takes the next code unit as its pair, as node's encoder does.
    ++i;
    if (i >= len) throw uriError();
    var c2 = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

// The bytes a string stands for once %XX sequences are decoded (and `+` is a space when
// decodeSpaces); other characters give their low byte, as node's unescapeBuffer does.
function unescapeBytes(s, decodeSpaces) {
  var out = [];
  var maxLength = s.length - 2;
  var index = 0;
  while (index < s.length) {
    var c = s.charCodeAt(index);
    if (c === 43 && decodeSpaces) {
      out.push(32);
      index++;
      continue;
    }
    if (c === 37 && index < maxLength) {
      var high = unhex(s.charCodeAt(index + 1));
      var low = high >= 0 ? unhex(s.charCodeAt(index + 2)) : -1;
      if (low >= 0) {
        out.push(high * 16 + low);
        index += 3;
        continue;
      }
    }
    out.push(c & 0xFF);
    index++;
  }
  return out;
}

// UTF-8 bytes to a string; each maximal invalid subsequence becomes U+FFFD (https://encoding.spec.whatwg.org/#utf-8-decoder).
function utf8Decode(bytes) {
  var out = '';
  var i = 0;
  while (i < bytes.length) {
    var b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    var need = 0;
    var cp = 0;
    var lower = 0x80;
    var upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    var j = i + 1;
    var ok = true;
    for (var k = 0; k < need; k++, j++) {
      var next = bytes[j];
      if (j >= bytes.length || next < lower || next > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (next & 0x3F);
    }
    out += ok ? String.fromCodePoint(cp) : '\uFFFD';
    i = j;
  }
  return out;
}

module.exports = {
  hexTable: hexTable,
  unhex: unhex,
  uriError: uriError,
  encodeStr: encodeStr,
  unescapeBytes: unescapeBytes,
  utf8Decode: utf8Decode,
};
