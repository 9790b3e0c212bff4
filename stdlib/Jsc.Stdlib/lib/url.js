// url: https://nodejs.org/docs/v0.8.16/api/url.html — the legacy parser (url.parse, format,
// resolve, resolveObject) with node 20's exact handling of odd input, plus the WHATWG URL
// classes and helpers from internal/url.
'use strict';

var querystring = require('querystring');
var hostParser = require('internal/url_host');
var percent = require('internal/percent');
var validate = require('internal/validate');
var whatwg = require('internal/url');
var URL = whatwg.URL;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@/]+@[^@/]+/;
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var hostnameMaxLen = 255;
var hostlessProtocol = { 'javascript': true, 'javascript:': true };
var unsafeProtocol = hostlessProtocol;
var slashedProtocol = {
  'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true, 'ftp:': true,
  'gopher': true, 'gopher:': true, 'file': true, 'file:': true, 'ws': true, 'ws:': true, 'wss': true, 'wss:': true,
};
function has(set, key) {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(set, key);
}

// Characters that toASCII could let into a hostname, which would make it spoof another.
var forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters auth keeps unescaped in format(): A-Z a-z 0-9 ! ' ( ) * - . _ ~ :
var noEscapeAuth = [];
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\'()*-._~:'.split('').forEach(function (c) {
  noEscapeAuth[c.charCodeAt(0)] = 1;
});

// Characters always escaped in the part after the host, even where encodeURIComponent would not.
var autoEscaped = { 9: '%09', 10: '%0A', 13: '%0D', 32: '%20', 34: '%22', 39: '%27', 60: '%3C', 62: '%3E',
  92: '%5C', 94: '%5E', 96: '%60', 123: '%7B', 124: '%7C', 125: '%7D' };

function invalidUrl(input) {
  var err = validate.coded(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

// url.parse: https://nodejs.org/api/url.html#urlparseurlstring-parsequerystring-slashesdenotehost
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

// Trims whitespace (C0 controls, space, U+00A0, U+FEFF) and turns backslashes before the
// first `?` or `#` into slashes, as browsers do. Returns {rest, hasHash, hasAt}.
function prepare(url) {
  var hasHash = false;
  var hasAt = false;
  var start = -1;
  var end = -1;
  var rest = '';
  var lastPos = 0;
  for (var i = 0, inWs = false, split = false; i < url.length; ++i) {
    var code = url.charCodeAt(i);
    var isWs = code < 33 || code === 0xA0 || code === 0xFEFF;
    if (start === -1) {
      if (isWs) continue;
      lastPos = start = i;
    } else if (inWs) {
      if (!isWs) {
        end = -1;
        inWs = false;
      }
    } else if (isWs) {
      end = i;
      inWs = true;
    }
    if (!split) {
      if (code === 64) {
        hasAt = true;
      } else if (code === 35 || code === 63) {
        if (code === 35) hasHash = true;
        split = true;
      } else if (code === 92) {
        if (i - lastPos > 0) rest += url.slice(lastPos, i);
        rest += '/';
        lastPos = i + 1;
      }
    } else if (!hasHash && code === 35) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    if (lastPos === start) {
      rest = end === -1 ? url.slice(start) : url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }
  return { rest: rest, hasHash: hasHash, hasAt: hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validate.validateString(url, 'url');
  var prepared = prepare(url);
  var rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    // The fast path: a bare path with an optional query.
    var simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolPattern.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // user@server is always a host, and //foo/bar has host foo when slashes denote a host.
  var slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && has(hostlessProtocol, lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!has(hostlessProtocol, lowerProto) && (slashes || (proto && !has(slashedProtocol, proto)))) {
    rest = this._parseAuthAndHost(rest, url);
  }

  if (!has(unsafeProtocol, lowerProto)) rest = autoEscapeStr(rest);

  var questionIdx = -1;
  var hashIdx = -1;
  for (var i = 0; i < rest.length; ++i) {
    var code = rest.charCodeAt(i);
    if (code === 35) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 63 && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  var useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  var firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (has(slashedProtocol, lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes `auth@host:port` off the front of rest (what follows `//`); returns what is left.
// The first of / ? # ends the host; the last @ before it ends the auth part.
Url.prototype._parseAuthAndHost = function (rest, url) {
  var hostEnd = -1;
  var atSign = -1;
  var nonHost = -1;
  for (var i = 0; i < rest.length && hostEnd === -1; ++i) {
    switch (rest.charCodeAt(i)) {
      case 9: case 10: case 13:
        // removed, as the WHATWG parser removes them (node 20.20)
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i -= 1;
        break;
      case 32: case 34: case 37: case 39: case 59: case 60: case 62:
      case 92: case 94: case 96: case 123: case 124: case 125:
        // never allowed in a hostname (RFC 2396)
        if (nonHost === -1) nonHost = i;
        break;
      case 35: case 47: case 63:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 64:
        atSign = i;
        nonHost = -1;
        break;
    }
  }
  var start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  var hostname = this.hostname;
  var ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = getHostname(this, rest, hostname, url);
  if (this.hostname.length > hostnameMaxLen) this.hostname = '';
  else this.hostname = this.hostname.toLowerCase();
  if (this.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
    } else {
      // IDNA as the WHATWG parser does it ('' when the domain is invalid)
      this.hostname = hostParser.domainToASCII(this.hostname) || '';
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
    }
  }
  this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
  if (ipv6Hostname) {
    // the host keeps the brackets, the hostname does not
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
};

var warnInvalidPort = true;
// Cuts the hostname at the first character that cannot be in one; the rest joins the path.
function getHostname(self, rest, hostname, url) {
  for (var i = 0; i < hostname.length; ++i) {
    var code = hostname.charCodeAt(i);
    if (code === 47 || code === 92 || code === 35 || code === 63 || code === 58) {
      self.hostname = hostname.slice(0, i);
      if (warnInvalidPort && code === 58) {
        process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js will throw an error.',
          'DeprecationWarning', 'DEP0170');
        warnInvalidPort = false;
      }
      return '/' + hostname.slice(i) + rest;
    }
  }
  return rest;
}

function autoEscapeStr(rest) {
  var escaped = '';
  var lastEscapedPos = 0;
  for (var i = 0; i < rest.length; ++i) {
    var escapedChar = autoEscaped[rest.charCodeAt(i)];
    if (escapedChar) {
      if (i > lastEscapedPos) escaped += rest.slice(lastEscapedPos, i);
      escaped += escapedChar;
      lastEscapedPos = i + 1;
    }
  }
  if (lastEscapedPos === 0) return rest;
  if (lastEscapedPos < rest.length) escaped += rest.slice(lastEscapedPos);
  return escaped;
}

Url.prototype.parseHost = function parseHost() {
  var host = this.host;
  var port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// url.format: https://nodejs.org/api/url.html#urlformaturlobject
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw validate.invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (urlObject instanceof URL) {
    return whatwg.formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth) auth = percent.encodeStr(auth, noEscapeAuth) + '@';
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') !== -1 && !isIpv6Hostname(this.hostname) ? '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  var search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  pathname = pathname.replace(/[#?]/g, function (c) { return c === '#' ? '%23' : '%3F'; });
  // Only the slashed protocols get `//`, unless the URL had it to begin with.
  if (this.slashes || has(slashedProtocol, protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 63) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

// url.resolve: https://nodejs.org/api/url.html#urlresolvefrom-to
function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

require('internal/url_resolve').install(Url, urlParse, slashedProtocol, hostlessProtocol, has);

// url.urlToHttpOptions: https://nodejs.org/api/url.html#urlurltohttpoptionsurl
function urlToHttpOptions(url) {
  var options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.charCodeAt(0) === 91 ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: (url.pathname || '') + (url.search || ''),
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  }
  return options;
}

module.exports = {
  Url: Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII: whatwg.domainToASCII,
  domainToUnicode: whatwg.domainToUnicode,
  pathToFileURL: whatwg.pathToFileURL,
  fileURLToPath: whatwg.fileURLToPath,
  urlToHttpOptions: urlToHttpOptions,
};
