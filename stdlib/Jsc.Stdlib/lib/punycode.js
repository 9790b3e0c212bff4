// punycode: https://nodejs.org/docs/v0.8.16/api/punycode.html — Punycode (RFC 3492) and the
// IDNA label mapping as Punycode.js 2.1.0, which node 20 bundles, does it.
'use strict';

var maxInt = 2147483647;
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128;
var delimiter = '-';

var regexPunycode = /^xn--/;
var regexNonASCII = /[^\0-\x7F]/;
var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

var errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function error(type) {
  throw new RangeError(errors[type]);
}

// Applies fn to each label of a domain (after an `user@` part, which stays as it is).
function mapDomain(domain, fn) {
  var parts = domain.split('@');
  var result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    domain = parts[1];
  }
  domain = domain.replace(regexSeparators, '\x2E');
  return result + domain.split('.').map(function (label) { return fn(label); }).join('.');
}

// The code points of a string: surrogate pairs combine, lone surrogates stay.
function ucs2decode(string) {
  var output = [];
  var counter = 0;
  var length = string.length;
  while (counter < length) {
    var value = string.charCodeAt(counter++);
    if (value >= 0xD800 && value <= 0xDBFF && counter < length) {
      var extra = string.charCodeAt(counter++);
      if ((extra & 0xFC00) === 0xDC00) {
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}

function ucs2encode(array) {
  return String.fromCodePoint.apply(null, array);
}

// The digit a basic code point stands for (base when none). Like Punycode.js, the range
// checks compare unsigned-style differences, so some punctuation maps to a digit too.
function basicToDigit(codePoint) {
  if (codePoint - 0x30 < 0x0A) return codePoint - 0x16;
  if (codePoint - 0x41 < 0x1A) return codePoint - 0x41;
  if (codePoint - 0x61 < 0x1A) return codePoint - 0x61;
  return base;
}

// The basic code point for a digit: 0..25 are a..z (A..Z when flag), 26..35 are 0..9.
function digitToBasic(digit, flag) {
  return digit + 22 + 75 * (digit < 26 ? 1 : 0) - ((flag !== 0 ? 1 : 0) << 5);
}

// Bias adaptation: https://tools.ietf.org/html/rfc3492#section-3.4
function adapt(delta, numPoints, firstTime) {
  var k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
  return Math.floor(k + (base - tMin + 1) * delta / (delta + skew));
}

function threshold(k, bias) {
  return k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
}

// punycode.decode: https://tools.ietf.org/html/rfc3492#section-6.2
function decode(input) {
  var output = [];
  var inputLength = input.length;
  var i = 0;
  var n = initialN;
  var bias = initialBias;
  var basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (var j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (var index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    var oldi = i;
    for (var w = 1, k = base; ; k += base) {
      if (index >= inputLength) error('invalid-input');
      var digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base || digit > Math.floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      var t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) error('overflow');
      w *= base - t;
    }
    var out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// punycode.encode: https://tools.ietf.org/html/rfc3492#section-6.3
function encode(input) {
  var output = [];
  input = ucs2decode(input);
  var inputLength = input.length;
  var n = initialN;
  var delta = 0;
  var bias = initialBias;
  var idx;
  for (idx = 0; idx < inputLength; idx++) {
    if (input[idx] < 0x80) output.push(String.fromCharCode(input[idx]));
  }
  var basicLength = output.length;
  var handled = basicLength;
  if (basicLength) output.push(delimiter);
  while (handled < inputLength) {
    var m = maxInt;
    for (idx = 0; idx < inputLength; idx++) {
      if (input[idx] >= n && input[idx] < m) m = input[idx];
    }
    var handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) error('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (idx = 0; idx < inputLength; idx++) {
      var current = input[idx];
      if (current < n && ++delta > maxInt) error('overflow');
      if (current === n) {
        var q = delta;
        for (var k = base; ; k += base) {
          var t = threshold(k, bias);
          if (q < t) break;
          output.push(String.fromCharCode(digitToBasic(t + (q - t) % (base - t), 0)));
          q = Math.floor((q - t) / (base - t));
        }
        output.push(String.fromCharCode(digitToBasic(q, 0)));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output.join('');
}

function toUnicode(input) {
  return mapDomain(input, function (s) {
    return regexPunycode.test(s) ? decode(s.slice(4).toLowerCase()) : s;
  });
}

function toASCII(input) {
  return mapDomain(input, function (s) {
    return regexNonASCII.test(s) ? 'xn--' + encode(s) : s;
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode: decode,
  encode: encode,
  toASCII: toASCII,
  toUnicode: toUnicode,
};
