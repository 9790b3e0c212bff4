// The WHATWG URL API (https://nodejs.org/api/url.html#the-whatwg-url-api): URL, the file URL
// helpers and domainToASCII/Unicode. A URL keeps its URL record (internal/url_parser) under
// a symbol; URLSearchParams lives in internal/url_search_params.
'use strict';

var parser = require('internal/url_parser');
var hostParser = require('internal/url_host');
var validate = require('internal/validate');
var searchParamsModule = require('internal/url_search_params');
var URLSearchParams = searchParamsModule.URLSearchParams;

var kRecord = Symbol('url record');
var kSearchParams = Symbol('url searchParams');

function invalidUrl(input, base) {
  var err = validate.coded(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function missingArgs(name) {
  return validate.coded(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
}

function parseWithBase(input, base) {
  var baseRecord = null;
  if (base !== undefined) {
    baseRecord = parser.basicParse(String(base), null);
    if (baseRecord === null) return null;
  }
  return parser.basicParse(input, baseRecord);
}

function record(url) {
  if (url === null || typeof url !== 'object' || !url[kRecord]) {
    throw validate.coded(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URL');
  }
  return url[kRecord];
}

// Runs the parser with a state override on a copy of the record; keeps the copy only when
// the parser did not fail, as the URL setters require.
function override(url, input, state) {
  var rec = record(url);
  var copy = Object.assign({}, rec, { path: typeof rec.path === 'string' ? rec.path : rec.path.slice() });
  if (parser.basicParse(input, null, copy, state) !== null) Object.assign(rec, copy);
}

function updateSearchParams(url) {
  var params = url[kSearchParams];
  if (params) searchParamsModule.reset(params, record(url).query);
}

// https://url.spec.whatwg.org/#concept-url-origin
function origin(rec) {
  if (rec.scheme === 'blob') {
    var inner = parser.basicParse(typeof rec.path === 'string' ? rec.path : parser.serializePath(rec), null);
    return inner && (inner.scheme === 'http' || inner.scheme === 'https') ? origin(inner) : 'null';
  }
  if (parser.isSpecialScheme(rec.scheme) && rec.scheme !== 'file') {
    return rec.scheme + '://' + rec.host + (rec.port !== null ? ':' + rec.port : '');
  }
  return 'null';
}

function cannotHaveCredentialsOrPort(rec) {
  return rec.host === null || rec.host === '' || rec.scheme === 'file';
}

class URL {
  constructor(input, base) {
    if (arguments.length === 0) throw missingArgs('url');
    input = String(input);
    if (base !== undefined) base = String(base);
    var rec = parseWithBase(input, base);
    if (rec === null) throw invalidUrl(input, base);
    Object.defineProperty(this, kRecord, { value: rec, writable: true });
  }

  static canParse(input, base) {
    if (arguments.length === 0) throw missingArgs('url');
    return parseWithBase(String(input), base === undefined ? undefined : String(base)) !== null;
  }

  get href() {
    return parser.serialize(record(this));
  }
  set href(value) {
    value = String(value);
    var rec = parser.basicParse(value, null);
    if (rec === null) throw invalidUrl(value);
    this[kRecord] = rec;
    updateSearchParams(this);
  }

  get origin() {
    return origin(record(this));
  }

  get protocol() {
    return record(this).scheme + ':';
  }
  set protocol(value) {
    override(this, String(value) + ':', 'schemeStart');
  }

  get username() {
    return record(this).username;
  }
  set username(value) {
    var rec = record(this);
    if (!cannotHaveCredentialsOrPort(rec)) rec.username = parser.encodeString(String(value), parser.inUserinfo);
  }

  get password() {
    return record(this).password;
  }
  set password(value) {
    var rec = record(this);
    if (!cannotHaveCredentialsOrPort(rec)) rec.password = parser.encodeString(String(value), parser.inUserinfo);
  }

  get host() {
    var rec = record(this);
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : rec.host + ':' + rec.port;
  }
  set host(value) {
    if (typeof record(this).path !== 'string') override(this, String(value), 'host');
  }

  get hostname() {
    var rec = record(this);
    return rec.host === null ? '' : rec.host;
  }
  set hostname(value) {
    if (typeof record(this).path !== 'string') override(this, String(value), 'hostname');
  }

  get port() {
    var rec = record(this);
    return rec.port === null ? '' : String(rec.port);
  }
  set port(value) {
    var rec = record(this);
    if (cannotHaveCredentialsOrPort(rec)) return;
    value = String(value);
    if (value === '') rec.port = null;
    else override(this, value, 'port');
  }

  get pathname() {
    return parser.serializePath(record(this));
  }
  set pathname(value) {
    var rec = record(this);
    if (typeof rec.path === 'string') return;
    rec.path = [];
    override(this, String(value), 'pathStart');
  }

  get search() {
    var query = record(this).query;
    return query === null || query === '' ? '' : '?' + query;
  }
  set search(value) {
    var rec = record(this);
    value = String(value);
    if (value === '') {
      rec.query = null;
    } else {
      if (value[0] === '?') value = value.slice(1);
      rec.query = '';
      override(this, value, 'query');
    }
    updateSearchParams(this);
  }

  get searchParams() {
    if (!this[kSearchParams]) {
      var params = new URLSearchParams(record(this).query || '');
      var url = this;
      searchParamsModule.link(params, function (serialized) {
        record(url).query = serialized === '' ? null : serialized;
      });
      Object.defineProperty(this, kSearchParams, { value: params });
    }
    return this[kSearchParams];
  }

  get hash() {
    var fragment = record(this).fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }
  set hash(value) {
    var rec = record(this);
    value = String(value);
    if (value === '') {
      rec.fragment = null;
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    rec.fragment = '';
    override(this, value, 'fragment');
  }

  toString() {
    return this.href;
  }

  toJSON() {
    return this.href;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
 'searchParams', 'hash', 'toString', 'toJSON'].forEach(function (name) {
  var desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
});

// url.format(URL, options): https://nodejs.org/api/url.html#urlformaturl-options
function formatURL(url, options) {
  var fragment = true;
  var unicode = false;
  var search = true;
  var auth = true;
  if (options !== undefined) {
    validate.validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  var rec = Object.assign({}, record(url));
  if (!fragment) rec.fragment = null;
  if (!search) rec.query = null;
  if (!auth) rec.username = rec.password = '';
  if (unicode && rec.host) rec.host = hostParser.domainToUnicode(rec.host);
  return parser.serialize(rec);
}

// url.domainToASCII: https://nodejs.org/api/url.html#urldomaintoasciidomain ('' when invalid)
function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  var host = hostParser.parseHost(String(domain), false, null);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  var host = hostParser.parseHost(String(domain), false, null);
  return host === null ? '' : hostParser.domainToUnicode(host);
}

// url.fileURLToPath: https://nodejs.org/api/url.html#urlfileurltopathurl (posix rules)
function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!(path instanceof URL)) throw validate.invalidArgType('path', 'of type string or an instance of URL', path);
  if (path.protocol !== 'file:') throw validate.coded(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw validate.coded(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on ' + process.platform);
  }
  var pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw validate.coded(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// url.pathToFileURL: https://nodejs.org/api/url.html#urlpathtofileurlpath
function pathToFileURL(filepath) {
  validate.validateString(filepath, 'path');
  var path = require('path');
  var resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  var encoded = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  var outURL = new URL('file://');
  outURL.pathname = encoded;
  return outURL;
}

module.exports = {
  URL: URL,
  URLSearchParams: URLSearchParams,
  formatURL: formatURL,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  fileURLToPath: fileURLToPath,
  pathToFileURL: pathToFileURL,
};
