// URLSearchParams (https://url.spec.whatwg.org/#interface-urlsearchparams): an ordered list
// of name-value pairs read from and written as application/x-www-form-urlencoded. One that
// belongs to a URL writes the URL's query back after every change.
'use strict';

var hostParser = require('internal/url_host');
var validate = require('internal/validate');
var percent = require('internal/percent');

var kList = Symbol('query list');
var kUpdate = Symbol('url update');

function invalidTuple() {
  return validate.coded(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
}

function missingArgs(names) {
  var text = names.length === 1 ? 'The "' + names[0] + '" argument must be specified'
    : 'The "' + names[0] + '" and "' + names[1] + '" arguments must be specified';
  return validate.coded(TypeError, 'ERR_MISSING_ARGS', text);
}

// A string with lone surrogates replaced by U+FFFD (WebIDL's USVString).
function toUSVString(value) {
  var s = String(value);
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, function (m) {
    return m.length === 2 ? m[0] + '\uFFFD' : '\uFFFD';
  });
}

// https://url.spec.whatwg.org/#concept-urlencoded-parser
function parseParams(input) {
  var list = [];
  if (input === '') return list;
  var pieces = input.split('&');
  for (var i = 0; i < pieces.length; i++) {
    var piece = pieces[i];
    if (piece === '') continue;
    var eq = piece.indexOf('=');
    var name = eq === -1 ? piece : piece.slice(0, eq);
    var value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push([hostParser.percentDecode(name.replace(/\+/g, ' ')), hostParser.percentDecode(value.replace(/\+/g, ' '))]);
  }
  return list;
}

// Characters form-urlencoding leaves alone: A-Z a-z 0-9 * - . _
var noEscape = [];
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._ '.split('').forEach(function (c) {
  noEscape[c.charCodeAt(0)] = 1;
});

function formEncode(s) {
  return percent.encodeStr(s, noEscape).replace(/ /g, '+');
}

// https://url.spec.whatwg.org/#concept-urlencoded-serializer
function serializeParams(list) {
  var out = '';
  for (var i = 0; i < list.length; i++) {
    if (i) out += '&';
    out += formEncode(list[i][0]) + '=' + formEncode(list[i][1]);
  }
  return out;
}

function list(params) {
  if (params === null || typeof params !== 'object' || !params[kList]) {
    throw validate.coded(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
  }
  return params[kList];
}

function update(params) {
  if (params[kUpdate]) params[kUpdate](serializeParams(params[kList]));
}

function fillFromObject(pairs, init) {
  var iteratorMethod = init[Symbol.iterator];
  if (iteratorMethod != null) {
    if (typeof iteratorMethod !== 'function') {
      throw validate.coded(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
    }
    for (var pair of init) {
      if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
        throw invalidTuple();
      }
      var items = Array.from(pair);
      if (items.length !== 2) throw invalidTuple();
      pairs.push([toUSVString(items[0]), toUSVString(items[1])]);
    }
    return;
  }
  var keys = Object.keys(init);
  for (var i = 0; i < keys.length; i++) {
    var key = toUSVString(keys[i]);
    var value = toUSVString(init[keys[i]]);
    var existing = -1;
    for (var j = 0; j < pairs.length; j++) if (pairs[j][0] === key) existing = j;
    if (existing >= 0) pairs[existing][1] = value;
    else pairs.push([key, value]);
  }
}

// An iterator over a URLSearchParams' pairs, seeing changes made while iterating.
function ParamsIterator(params, kind) {
  this.params = params;
  this.kind = kind;
  this.index = 0;
}
ParamsIterator.prototype.next = function () {
  var pairs = this.params[kList];
  if (this.index >= pairs.length) return { value: undefined, done: true };
  var pair = pairs[this.index++];
  var value = this.kind === 'keys' ? pair[0] : this.kind === 'values' ? pair[1] : [pair[0], pair[1]];
  return { value: value, done: false };
};
ParamsIterator.prototype[Symbol.iterator] = function () {
  return this;
};
Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });

class URLSearchParams {
  constructor(init) {
    var pairs = [];
    if (init == null) {
      // nothing
    } else if (typeof init === 'object' || typeof init === 'function') {
      if (init[kList]) {
        init[kList].forEach(function (p) { pairs.push([p[0], p[1]]); });
      } else {
        fillFromObject(pairs, init);
      }
    } else {
      init = toUSVString(init);
      if (init[0] === '?') init = init.slice(1);
      pairs = parseParams(init);
    }
    Object.defineProperty(this, kList, { value: pairs, writable: true });
  }

  get size() {
    return list(this).length;
  }

  append(name, value) {
    var pairs = list(this);
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    pairs.push([toUSVString(name), toUSVString(value)]);
    update(this);
  }

  delete(name, value) {
    var pairs = list(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    this[kList] = pairs.filter(function (p) { return !(p[0] === name && (value === undefined || p[1] === value)); });
    update(this);
  }

  get(name) {
    var pairs = list(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === name) return pairs[i][1];
    return null;
  }

  getAll(name) {
    var pairs = list(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    return pairs.filter(function (p) { return p[0] === name; }).map(function (p) { return p[1]; });
  }

  has(name, value) {
    var pairs = list(this);
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    return pairs.some(function (p) { return p[0] === name && (value === undefined || p[1] === value); });
  }

  set(name, value) {
    var pairs = list(this);
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    name = toUSVString(name);
    value = toUSVString(value);
    var found = false;
    this[kList] = pairs.filter(function (p) {
      if (p[0] !== name) return true;
      if (found) return false;
      found = true;
      p[1] = value;
      return true;
    });
    if (!found) this[kList].push([name, value]);
    update(this);
  }

  // A stable sort by name, comparing UTF-16 code units.
  sort() {
    var pairs = list(this);
    var indexed = pairs.map(function (p, i) { return [p, i]; });
    indexed.sort(function (a, b) {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    });
    this[kList] = indexed.map(function (x) { return x[0]; });
    update(this);
  }

  forEach(callback, thisArg) {
    list(this);
    if (typeof callback !== 'function') throw validate.invalidArgType('callback', 'of type function', callback);
    for (var i = 0; i < this[kList].length; i++) {
      var pair = this[kList][i];
      callback.call(thisArg, pair[1], pair[0], this);
    }
  }

  entries() {
    list(this);
    return new ParamsIterator(this, 'entries');
  }

  keys() {
    list(this);
    return new ParamsIterator(this, 'keys');
  }

  values() {
    list(this);
    return new ParamsIterator(this, 'values');
  }

  toString() {
    return serializeParams(list(this));
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// Ties a URL's searchParams to it: every change calls onChange with the new query.
function link(params, onChange) {
  Object.defineProperty(params, kUpdate, { value: onChange });
}

// The URL's query changed (search or href set): re-read the list from it.
function reset(params, query) {
  params[kList] = query ? parseParams(query) : [];
}

module.exports = { URLSearchParams: URLSearchParams, link: link, reset: reset };
