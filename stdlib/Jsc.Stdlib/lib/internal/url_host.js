// Host parsing and serialisation of the URL Standard (https://url.spec.whatwg.org/#host-parsing):
// domains through IDNA (punycode), IPv4 in its numeric forms, IPv6, and opaque hosts.
'use strict';

var punycode = require('punycode');
var percent = require('internal/percent');

var FAILURE = null;

// https://url.spec.whatwg.org/#forbidden-host-code-point
var forbiddenHost = /[\0\t\n\r #/:<>?@[\\\]^|]/;
// https://url.spec.whatwg.org/#forbidden-domain-code-point
var forbiddenDomain = /[\0-\x1F #%/:<>?@[\\\]^|\x7F]/;

// Percent-decodes a string (its UTF-8 bytes) and reads the result as UTF-8.
function percentDecode(input) {
  var bytes = [];
  for (var i = 0; i < input.length; i++) {
    var c = input.charCodeAt(i);
    if (c === 37 && i + 2 < input.length + 0 && percent.unhex(input.charCodeAt(i + 1)) >= 0 &&
        percent.unhex(input.charCodeAt(i + 2)) >= 0) {
      bytes.push(percent.unhex(input.charCodeAt(i + 1)) * 16 + percent.unhex(input.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      var cp = input.codePointAt(i);
      if (cp > 0xFFFF) i++;
      else if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      utf8Bytes(cp, bytes);
    }
  }
  return percent.utf8Decode(bytes);
}

function utf8Bytes(cp, out) {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
  else if (cp < 0x10000) out.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
  else out.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
  return out;
}

// domainToASCII (https://url.spec.whatwg.org/#concept-domain-to-ascii), with UTS 46's mapping
// reduced to what most input needs: NFKC, lower case, the ideographic full stops, punycode.
function domainToASCII(domain) {
  var mapped = domain.replace(/[\u3002\uFF0E\uFF61]/g, '.').replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  mapped = mapped.normalize('NFKC').toLowerCase();
  if (mapped.indexOf('\uFFFD') !== -1) return FAILURE; // UTS 46 disallows U+FFFD (bad UTF-8 in %-escapes)
  var labels = mapped.split('.');
  for (var i = 0; i < labels.length; i++) {
    var label = labels[i];
    if (/^xn--/.test(label)) {
      try {
        var decoded = punycode.decode(label.slice(4));
        if (decoded === '' || /[^\0-\x7F]/.test(decoded) === false) return FAILURE;
      } catch (e) {
        return FAILURE;
      }
    } else if (/[^\0-\x7F]/.test(label)) {
      labels[i] = 'xn--' + punycode.encode(label);
    }
  }
  var result = labels.join('.');
  return result === '' ? FAILURE : result;
}

function domainToUnicode(domain) {
  return domain.split('.').map(function (label) {
    if (/^xn--/i.test(label)) {
      try {
        return punycode.decode(label.slice(4).toLowerCase());
      } catch (e) {
        return label;
      }
    }
    return label.toLowerCase();
  }).join('.');
}

// https://url.spec.whatwg.org/#ipv4-number-parser: NaN on failure.
function parseIPv4Number(input) {
  if (input === '') return NaN;
  var radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  var valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(input)) return NaN;
  return parseInt(input, radix);
}

// https://url.spec.whatwg.org/#ends-in-a-number-checker
function endsInANumber(input) {
  var parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !isNaN(parseIPv4Number(last));
}

// https://url.spec.whatwg.org/#concept-ipv4-parser: the address as a number, or null.
function parseIPv4(input) {
  var parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var n = parseIPv4Number(parts[i]);
    if (isNaN(n)) return FAILURE;
    numbers.push(n);
  }
  for (i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return FAILURE;
  }
  if (numbers[numbers.length - 1] >= Math.pow(256, 5 - numbers.length)) return FAILURE;
  var ipv4 = numbers[numbers.length - 1];
  for (i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * Math.pow(256, 3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  var out = [];
  for (var i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

// https://url.spec.whatwg.org/#concept-ipv6-parser: eight 16-bit pieces, or null.
function parseIPv6(input) {
  var address = [0, 0, 0, 0, 0, 0, 0, 0];
  var pieceIndex = 0;
  var compress = null;
  var p = 0;
  var len = input.length;
  function hex(c) {
    return percent.unhex(input.charCodeAt(c));
  }
  if (input[p] === ':') {
    if (input[p + 1] !== ':') return FAILURE;
    p += 2;
    compress = ++pieceIndex;
  }
  while (p < len) {
    if (pieceIndex === 8) return FAILURE;
    if (input[p] === ':') {
      if (compress !== null) return FAILURE;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    var value = 0;
    var length = 0;
    while (length < 4 && p < len && hex(p) >= 0) {
      value = value * 16 + hex(p);
      p++;
      length++;
    }
    if (input[p] === '.') {
      if (length === 0) return FAILURE;
      p -= length;
      if (pieceIndex > 6) return FAILURE;
      var numbersSeen = 0;
      while (p < len) {
        var ipv4Piece = null;
        if (numbersSeen > 0) {
          if (input[p] === '.' && numbersSeen < 4) p++;
          else return FAILURE;
        }
        if (!(p < len && input[p] >= '0' && input[p] <= '9')) return FAILURE;
        while (p < len && input[p] >= '0' && input[p] <= '9') {
          var number = input.charCodeAt(p) - 48;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (input[p] === ':') {
      p++;
      if (p >= len) return FAILURE;
    } else if (p < len) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    var swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      var tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

// https://url.spec.whatwg.org/#concept-ipv6-serializer: the longest run of zeros becomes `::`.
function serializeIPv6(address) {
  var bestStart = -1;
  var bestLen = 1;
  for (var i = 0; i < 8; i++) {
    if (address[i] !== 0) continue;
    var j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  var out = '';
  var ignore0 = false;
  for (i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// https://url.spec.whatwg.org/#concept-host-parser: the serialized host, or null on failure.
function parseHost(input, isOpaque, encodeC0) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    var v6 = parseIPv6(input.slice(1, -1));
    return v6 === FAILURE ? FAILURE : '[' + serializeIPv6(v6) + ']';
  }
  if (isOpaque) {
    if (forbiddenHost.test(input)) return FAILURE;
    return encodeC0(input);
  }
  var asciiDomain = domainToASCII(percentDecode(input));
  if (asciiDomain === FAILURE || forbiddenDomain.test(asciiDomain)) return FAILURE;
  if (endsInANumber(asciiDomain)) {
    var v4 = parseIPv4(asciiDomain);
    return v4 === FAILURE ? FAILURE : serializeIPv4(v4);
  }
  return asciiDomain;
}

module.exports = {
  parseHost: parseHost,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  percentDecode: percentDecode,
  utf8Bytes: utf8Bytes,
};
