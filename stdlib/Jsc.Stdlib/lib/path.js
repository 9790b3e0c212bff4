// path: https://nodejs.org/docs/v0.8.16/api/path.html, with node 20's additions (isAbsolute,
// format, parse, toNamespacedPath, path.posix and path.win32). This file is the posix
// flavour, which `require('path')` gives on every host but Windows; internal/path_win32 is
// the other one.
'use strict';

var validate = require('internal/validate');
var common = require('internal/path_common');
var validateString = validate.validateString;
var normalizeString = common.normalizeString;

function isPosixPathSeparator(code) {
  return code === 47;
}

var posix = {
  // path.resolve: https://nodejs.org/api/path.html#pathresolvepaths
  resolve: function resolve() {
    var resolvedPath = '';
    var resolvedAbsolute = false;
    for (var i = arguments.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      var path = i >= 0 ? arguments[i] : process.cwd();
      validateString(path, 'paths[' + i + ']');
      if (path.length === 0) continue;
      resolvedPath = path + '/' + resolvedPath;
      resolvedAbsolute = path.charCodeAt(0) === 47;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute, '/', isPosixPathSeparator);
    if (resolvedAbsolute) return '/' + resolvedPath;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  // path.normalize: https://nodejs.org/api/path.html#pathnormalizepath
  normalize: function normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    var isAbsolute = path.charCodeAt(0) === 47;
    var trailingSeparator = path.charCodeAt(path.length - 1) === 47;
    path = normalizeString(path, !isAbsolute, '/', isPosixPathSeparator);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? '/' + path : path;
  },

  isAbsolute: function isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join: function join() {
    if (arguments.length === 0) return '.';
    var joined;
    for (var i = 0; i < arguments.length; ++i) {
      var arg = arguments[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  // path.relative: https://nodejs.org/api/path.html#pathrelativefrom-to
  relative: function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    var fromStart = 1;
    var fromEnd = from.length;
    var fromLen = fromEnd - fromStart;
    var toStart = 1;
    var toLen = to.length - toStart;
    var length = fromLen < toLen ? fromLen : toLen;
    var lastCommonSep = -1;
    var i = 0;
    for (; i < length; i++) {
      var fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === 47) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a prefix of `to`: '/foo/bar' -> '/foo/bar/baz' or '/' -> '/foo'
        if (to.charCodeAt(toStart + i) === 47) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 47) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    var out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 47) out += out.length === 0 ? '..' : '/..';
    }
    return out + to.slice(toStart + lastCommonSep);
  },

  toNamespacedPath: function toNamespacedPath(path) {
    return path;
  },

  dirname: function dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    var hasRoot = path.charCodeAt(0) === 47;
    var end = -1;
    var matchedSlash = true;
    for (var i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename: function basename(path, suffix) {
    return common.basename(path, suffix, 0, isPosixPathSeparator);
  },

  extname: function extname(path) {
    return common.extname(path, 0, isPosixPathSeparator);
  },

  format: function format(pathObject) {
    return common.format('/', pathObject);
  },

  // path.parse: https://nodejs.org/api/path.html#pathparsepath
  parse: function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    var isAbsolute = path.charCodeAt(0) === 47;
    var start = 0;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    }
    var startPart = common.parseTail(ret, path, start, isPosixPathSeparator, 0);
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

var win32 = require('internal/path_win32');
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
