// The URL Standard's basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser):
// a state machine over the input's code points producing a URL record {scheme, username,
// password, host, port, path (array, or a string for an opaque path), query, fragment}.
// A state override (for the URL setters) starts in a given state and stops early, as the
// standard describes.
'use strict';

var hostParser = require('internal/url_host');

var specialSchemes = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(scheme) {
  return Object.prototype.hasOwnProperty.call(specialSchemes, scheme);
}
function defaultPort(scheme) {
  return isSpecialScheme(scheme) ? specialSchemes[scheme] : null;
}

// Percent-encode sets (https://url.spec.whatwg.org/#percent-encoded-bytes), as tests on a code point.
function inC0Control(c) { return c < 0x20 || c > 0x7E; }
function inFragment(c) { return inC0Control(c) || c === 32 || c === 34 || c === 60 || c === 62 || c === 96; }
function inQuery(c) { return inC0Control(c) || c === 32 || c === 34 || c === 35 || c === 60 || c === 62; }
function inSpecialQuery(c) { return inQuery(c) || c === 39; }
function inPath(c) { return inQuery(c) || c === 63 || c === 96 || c === 123 || c === 125; }
function inUserinfo(c) {
  return inPath(c) || c === 47 || c === 58 || c === 59 || c === 61 || c === 64 || (c >= 91 && c <= 94) || c === 124;
}

// UTF-8 percent-encodes one code point (given as its string) when the set holds it.
function encodeCodePoint(ch, inSet) {
  var cp = ch.codePointAt(0);
  if (!inSet(cp)) return ch;
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  var bytes = hostParser.utf8Bytes(cp, []);
  var out = '';
  for (var i = 0; i < bytes.length; i++) out += '%' + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16).toUpperCase();
  return out;
}

function encodeString(s, inSet) {
  var out = '';
  var chars = Array.from(s);
  for (var i = 0; i < chars.length; i++) out += encodeCodePoint(chars[i], inSet);
  return out;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && /[A-Za-z]/.test(s[0]) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// https://url.spec.whatwg.org/#start-with-a-windows-drive-letter
function startsWithDriveLetter(chars, p) {
  if (chars.length - p < 2) return false;
  if (!isWindowsDriveLetter(chars[p] + chars[p + 1], false)) return false;
  if (chars.length - p === 2) return true;
  var third = chars[p + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function shortenPath(url) {
  if (url.scheme === 'file' && url.path.length === 1 && isWindowsDriveLetter(url.path[0], true)) return;
  url.path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function hasCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// Returns the URL record, or null when the input is not a valid URL.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  var parser = new Parser(Array.from(input), base, url, stateOverride);
  return parser.run();
}

function Parser(chars, base, url, stateOverride) {
  this.chars = chars;
  this.base = base;
  this.url = url;
  this.override = stateOverride;
  this.state = stateOverride || 'schemeStart';
  this.buffer = '';
  this.atSignSeen = false;
  this.insideBrackets = false;
  this.passwordTokenSeen = false;
  this.p = 0;
}

// Each state handler gets the current code point (undefined at the end of input) and returns
// undefined to go on, FAIL for failure, or DONE to stop with the URL as it is.
var FAIL = {};
var DONE = {};

Parser.prototype.run = function () {
  for (; this.p <= this.chars.length; this.p++) {
    var c = this.chars[this.p];
    var r = this[this.state](c);
    if (r === FAIL) return null;
    if (r === DONE) break;
  }
  return this.url;
};

Parser.prototype.remaining = function (offset) {
  return this.chars.slice(this.p + 1, this.p + 1 + offset).join('');
};

Parser.prototype.special = function () {
  return isSpecialScheme(this.url.scheme);
};

Parser.prototype.schemeStart = function (c) {
  if (c !== undefined && /[A-Za-z]/.test(c)) {
    this.buffer += c.toLowerCase();
    this.state = 'scheme';
  } else if (!this.override) {
    this.state = 'noScheme';
    this.p--;
  } else {
    return FAIL;
  }
};

Parser.prototype.scheme = function (c) {
  var url = this.url;
  if (c !== undefined && /[A-Za-z0-9+\-.]/.test(c)) {
    this.buffer += c.toLowerCase();
    return;
  }
  if (c === ':') {
    if (this.override) {
      if (isSpecialScheme(url.scheme) !== isSpecialScheme(this.buffer)) return DONE;
      if ((hasCredentials(url) || url.port !== null) && this.buffer === 'file') return DONE;
      if (url.scheme === 'file' && url.host === '') return DONE;
    }
    url.scheme = this.buffer;
    if (this.override) {
      if (url.port === defaultPort(url.scheme)) url.port = null;
      return DONE;
    }
    this.buffer = '';
    if (url.scheme === 'file') {
      this.state = 'file';
    } else if (this.special() && this.base && this.base.scheme === url.scheme) {
      this.state = 'specialRelativeOrAuthority';
    } else if (this.special()) {
      this.state = 'specialAuthoritySlashes';
    } else if (this.chars[this.p + 1] === '/') {
      this.state = 'pathOrAuthority';
      this.p++;
    } else {
      url.path = '';
      this.state = 'opaquePath';
    }
    return;
  }
  if (!this.override) {
    this.buffer = '';
    this.state = 'noScheme';
    this.p = -1;
    return;
  }
  return FAIL;
};

Parser.prototype.noScheme = function (c) {
  var base = this.base;
  var url = this.url;
  if (!base || (typeof base.path === 'string' && c !== '#')) return FAIL;
  if (typeof base.path === 'string' && c === '#') {
    url.scheme = base.scheme;
    url.path = base.path;
    url.query = base.query;
    url.fragment = '';
    this.state = 'fragment';
  } else if (base.scheme !== 'file') {
    this.state = 'relative';
    this.p--;
  } else {
    this.state = 'file';
    this.p--;
  }
};

Parser.prototype.specialRelativeOrAuthority = function (c) {
  if (c === '/' && this.chars[this.p + 1] === '/') {
    this.state = 'specialAuthorityIgnoreSlashes';
    this.p++;
  } else {
    this.state = 'relative';
    this.p--;
  }
};

Parser.prototype.pathOrAuthority = function (c) {
  if (c === '/') {
    this.state = 'authority';
  } else {
    this.state = 'path';
    this.p--;
  }
};

Parser.prototype.relative = function (c) {
  var url = this.url;
  var base = this.base;
  url.scheme = base.scheme;
  if (c === '/') {
    this.state = 'relativeSlash';
  } else if (this.special() && c === '\\') {
    this.state = 'relativeSlash';
  } else {
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
    url.path = base.path.slice();
    url.query = base.query;
    if (!this.startQueryOrFragment(c) && c !== undefined) {
      url.query = null;
      shortenPath(url);
      this.state = 'path';
      this.p--;
    }
  }
};

// `?` starts the query and `#` the fragment (both empty so far); true when c was one of them.
Parser.prototype.startQueryOrFragment = function (c) {
  if (c === '?') {
    this.url.query = '';
    this.state = 'query';
    return true;
  }
  if (c === '#') {
    this.url.fragment = '';
    this.state = 'fragment';
    return true;
  }
  return false;
};

Parser.prototype.relativeSlash = function (c) {
  var url = this.url;
  if (this.special() && (c === '/' || c === '\\')) {
    this.state = 'specialAuthorityIgnoreSlashes';
  } else if (c === '/') {
    this.state = 'authority';
  } else {
    url.username = this.base.username;
    url.password = this.base.password;
    url.host = this.base.host;
    url.port = this.base.port;
    this.state = 'path';
    this.p--;
  }
};

Parser.prototype.specialAuthoritySlashes = function (c) {
  if (c === '/' && this.chars[this.p + 1] === '/') {
    this.state = 'specialAuthorityIgnoreSlashes';
    this.p++;
  } else {
    this.state = 'specialAuthorityIgnoreSlashes';
    this.p--;
  }
};

Parser.prototype.specialAuthorityIgnoreSlashes = function (c) {
  if (c !== '/' && c !== '\\') {
    this.state = 'authority';
    this.p--;
  }
};

Parser.prototype.authority = function (c) {
  var url = this.url;
  if (c === '@') {
    if (this.atSignSeen) this.buffer = '%40' + this.buffer;
    this.atSignSeen = true;
    var chars = Array.from(this.buffer);
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === ':' && !this.passwordTokenSeen) {
        this.passwordTokenSeen = true;
        continue;
      }
      var encoded = encodeCodePoint(chars[i], inUserinfo);
      if (this.passwordTokenSeen) url.password += encoded;
      else url.username += encoded;
    }
    this.buffer = '';
  } else if (c === undefined || c === '/' || c === '?' || c === '#' || (this.special() && c === '\\')) {
    if (this.atSignSeen && this.buffer === '') return FAIL;
    this.p -= Array.from(this.buffer).length + 1;
    this.buffer = '';
    this.state = 'host';
  } else {
    this.buffer += c;
  }
};

Parser.prototype.host = Parser.prototype.hostname = function (c) {
  var url = this.url;
  if (this.override && url.scheme === 'file') {
    this.p--;
    this.state = 'fileHost';
  } else if (c === ':' && !this.insideBrackets) {
    if (this.buffer === '') return FAIL;
    if (this.override === 'hostname') return DONE;
    var host = hostParser.parseHost(this.buffer, !this.special(), encodeOpaqueHost);
    if (host === null) return FAIL;
    url.host = host;
    this.buffer = '';
    this.state = 'port';
  } else if (c === undefined || c === '/' || c === '?' || c === '#' || (this.special() && c === '\\')) {
    this.p--;
    if (this.special() && this.buffer === '') return FAIL;
    if (this.override && this.buffer === '' && (hasCredentials(url) || url.port !== null)) return DONE;
    var parsed = hostParser.parseHost(this.buffer, !this.special(), encodeOpaqueHost);
    if (parsed === null) return FAIL;
    url.host = parsed;
    this.buffer = '';
    this.state = 'pathStart';
    if (this.override) return DONE;
  } else {
    if (c === '[') this.insideBrackets = true;
    if (c === ']') this.insideBrackets = false;
    this.buffer += c;
  }
};

function encodeOpaqueHost(s) {
  return encodeString(s, inC0Control);
}

Parser.prototype.port = function (c) {
  var url = this.url;
  if (c !== undefined && c >= '0' && c <= '9') {
    this.buffer += c;
  } else if (c === undefined || c === '/' || c === '?' || c === '#' || (this.special() && c === '\\') || this.override) {
    if (this.buffer !== '') {
      var port = parseInt(this.buffer, 10);
      if (port > 65535) return FAIL;
      url.port = port === defaultPort(url.scheme) ? null : port;
      this.buffer = '';
    }
    if (this.override) return DONE;
    this.state = 'pathStart';
    this.p--;
  } else {
    return FAIL;
  }
};

require('internal/url_parser_file').install(Parser, {
  FAIL: FAIL, DONE: DONE, startsWithDriveLetter: startsWithDriveLetter, isWindowsDriveLetter: isWindowsDriveLetter,
  shortenPath: shortenPath, isSingleDot: isSingleDot, isDoubleDot: isDoubleDot, hostParser: hostParser,
  encodeOpaqueHost: encodeOpaqueHost, encodeCodePoint: encodeCodePoint, inPath: inPath, inC0Control: inC0Control,
  inQuery: inQuery, inSpecialQuery: inSpecialQuery, inFragment: inFragment,
});

// https://url.spec.whatwg.org/#concept-url-serializer
function serialize(url, excludeFragment) {
  var out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  var out = '';
  for (var i = 0; i < url.path.length; i++) out += '/' + url.path[i];
  return out;
}

module.exports = {
  basicParse: basicParse,
  serialize: serialize,
  serializePath: serializePath,
  isSpecialScheme: isSpecialScheme,
  defaultPort: defaultPort,
  encodeString: encodeString,
  inUserinfo: inUserinfo,
  hasCredentials: hasCredentials,
};
