// path.win32: https://nodejs.org/api/path.html#pathwin32 — Windows paths on any host: both
// `\` and `/` separate, a root is `\`, a drive (`C:`, `C:\`) or a UNC share (`\\server\share`).
'use strict';

var validate = require('internal/validate');
var common = require('internal/path_common');
var validateString = validate.validateString;
var normalizeString = common.normalizeString;

function isPathSeparator(code) {
  return code === 47 || code === 92;
}

function isWindowsDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) && path.charCodeAt(1) === 58;
}

// Where a UNC root `\\server\share` ends in path (which starts with two separators):
// {server, shareStart, end}, or null when the path is not a complete UNC root.
function uncRoot(path) {
  var len = path.length;
  var j = 2;
  var last = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return null;
  var server = path.slice(last, j);
  last = j;
  while (j < len && isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return null;
  last = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  return { server: server, shareStart: last, end: j };
}

// The root of a path: {device, rootEnd, isAbsolute}; device is '' for `\x` and relative paths.
function splitRoot(path) {
  var len = path.length;
  var code = path.charCodeAt(0);
  var root = { device: '', rootEnd: 0, isAbsolute: false };
  if (len === 1) {
    if (isPathSeparator(code)) {
      root.rootEnd = 1;
      root.isAbsolute = true;
    }
  } else if (isPathSeparator(code)) {
    root.isAbsolute = true;
    root.rootEnd = 1;
    if (isPathSeparator(path.charCodeAt(1))) {
      root.rootEnd = 0;
      var unc = uncRoot(path);
      if (unc && (unc.end === len || unc.end !== unc.shareStart)) {
        root.device = '\\\\' + unc.server + '\\' + path.slice(unc.shareStart, unc.end);
        root.rootEnd = unc.end;
      }
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
      root.isAbsolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// The `.` and `?` servers of `\\.\device` and `\\?\path` (Win32 device namespaces).
function isDeviceServer(server) {
  return server === '.' || server === '?';
}

var reservedNames = /^(CON|PRN|AUX|NUL|COM[1-9\u00B9\u00B2\u00B3]|LPT[1-9\u00B9\u00B2\u00B3])$/i;

var win32 = {
  resolve: function resolve() {
    var resolvedDevice = '';
    var resolvedTail = '';
    var resolvedAbsolute = false;
    for (var i = arguments.length - 1; i >= -1; i--) {
      var path;
      if (i >= 0) {
        path = arguments[i];
        validateString(path, 'paths[' + i + ']');
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The cwd of another drive: Windows keeps it in the `=C:` environment variable.
        path = process.env['=' + resolvedDevice] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && path.charCodeAt(2) === 92)) {
          path = resolvedDevice + '\\';
        }
      }
      var root = splitRoot(path);
      if (root.device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (root.device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = root.device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = path.slice(root.rootEnd) + '\\' + resolvedTail;
        resolvedAbsolute = root.isAbsolute;
        if (root.isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);
    if (resolvedAbsolute && resolvedTail === '' && isDeviceServer(resolvedDevice.slice(2, 3)) && resolvedDevice[3] === '\\') {
      return resolvedDevice;
    }
    return resolvedAbsolute ? resolvedDevice + '\\' + resolvedTail : (resolvedDevice + resolvedTail) || '.';
  },

  normalize: function normalize(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path.charCodeAt(0) === 47 ? '\\' : path;
    var device;
    var rootEnd = 0;
    var isAbsolute = false;
    if (isPathSeparator(path.charCodeAt(0))) {
      isAbsolute = true;
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        rootEnd = 0;
        var unc = uncRoot(path);
        if (unc) {
          // `\\server\share` alone gets a trailing separator; a device path (`\\.\x`, `\\?\x`) does not
          if (unc.end === len) return '\\\\' + unc.server + '\\' + path.slice(unc.shareStart) + (isDeviceServer(unc.server) ? '' : '\\');
          if (unc.end !== unc.shareStart) {
            device = '\\\\' + unc.server + '\\' + path.slice(unc.shareStart, unc.end);
            rootEnd = unc.end;
          }
        }
      }
    } else if (hasDrive(path)) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
        isAbsolute = true;
        rootEnd = 3;
      }
    }
    var tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';
    if (!isAbsolute && device === undefined && path.indexOf(':') !== -1 && looksRooted(path, tail)) {
      // node 20.20: a relative path must not normalise into a drive or device path (CVE-2025-27210)
      return '.\\' + tail;
    }
    if (device === undefined) return isAbsolute ? '\\' + tail : tail;
    return isAbsolute ? device + '\\' + tail : device + tail;
  },

  isAbsolute: function isAbsolute(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) return false;
    var code = path.charCodeAt(0);
    return isPathSeparator(code) || (len > 2 && hasDrive(path) && isPathSeparator(path.charCodeAt(2)));
  },

  join: function join() {
    if (arguments.length === 0) return '.';
    var joined;
    var firstPart;
    for (var i = 0; i < arguments.length; ++i) {
      var arg = arguments[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += '\\' + arg;
      }
    }
    if (joined === undefined) return '.';
    // A UNC root must come from the first part alone: `join('\\', 'server', 'share')` is not one.
    var needsReplace = true;
    var slashCount = 0;
    if (isPathSeparator(firstPart.charCodeAt(0))) {
      ++slashCount;
      var firstLen = firstPart.length;
      if (firstLen > 1 && isPathSeparator(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isPathSeparator(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isPathSeparator(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = '\\' + joined.slice(slashCount);
    }
    return win32.normalize(joined);
  },

  relative: function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    var fromOrig = win32.resolve(from);
    var toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    var fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === 92) fromStart++;
    var fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === 92) fromEnd--;
    var fromLen = fromEnd - fromStart;
    var toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === 92) toStart++;
    var toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === 92) toEnd--;
    var toLen = toEnd - toStart;
    var length = fromLen < toLen ? fromLen : toLen;
    var lastCommonSep = -1;
    var i = 0;
    for (; i < length; i++) {
      var fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === 92) lastCommonSep = i;
    }
    if (i !== length) {
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === 92) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 92) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    var out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 92) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return out + toOrig.slice(toStart, toEnd);
    if (toOrig.charCodeAt(toStart) === 92) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath: function toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    var resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === 92) {
      if (resolvedPath.charCodeAt(1) === 92) {
        var code = resolvedPath.charCodeAt(2);
        if (code !== 63 && code !== 46) return '\\\\?\\UNC\\' + resolvedPath.slice(2);
      }
    } else if (hasDrive(resolvedPath) && resolvedPath.charCodeAt(2) === 92) {
      return '\\\\?\\' + resolvedPath;
    }
    return path;
  },

  dirname: function dirname(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) return '.';
    var rootEnd = -1;
    var offset = 0;
    if (len === 1) return isPathSeparator(path.charCodeAt(0)) ? path : '.';
    if (isPathSeparator(path.charCodeAt(0))) {
      rootEnd = offset = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        var unc = uncRoot(path);
        if (unc) {
          if (unc.end === len) return path;
          if (unc.end !== unc.shareStart) rootEnd = offset = unc.end + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    var end = -1;
    var matchedSlash = true;
    for (var i = len - 1; i >= offset; --i) {
      if (isPathSeparator(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename: function basename(path, suffix) {
    validateString(path, 'path');
    return common.basename(path, suffix, hasDrive(path) ? 2 : 0, isPathSeparator);
  },

  extname: function extname(path) {
    validateString(path, 'path');
    return common.extname(path, hasDrive(path) ? 2 : 0, isPathSeparator);
  },

  format: function format(pathObject) {
    return common.format('\\', pathObject);
  },

  parse: function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    var len = path.length;
    if (len === 0) return ret;
    var rootEnd = 0;
    var code = path.charCodeAt(0);
    if (len === 1) {
      if (isPathSeparator(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    if (isPathSeparator(code)) {
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        var unc = uncRoot(path);
        if (unc) {
          if (unc.end === len) rootEnd = unc.end;
          else if (unc.end !== unc.shareStart) rootEnd = unc.end + 1;
        }
      }
    } else if (hasDrive(path)) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isPathSeparator(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    var startPart = common.parseTail(ret, path, rootEnd, isPathSeparator);
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// Whether a relative path with a colon normalised into something Windows could read as a
// drive (`a\..\c:x` -> `c:x`), a device (`CON:x`) or a stream (`x:` and `x:\y`).
function looksRooted(path, tail) {
  if (tail.length >= 2 && isWindowsDeviceRoot(tail.charCodeAt(0)) && tail.charCodeAt(1) === 58) return true;
  for (var colon = path.indexOf(':'); colon !== -1; colon = path.indexOf(':', colon + 1)) {
    if (reservedNames.test(path.slice(0, colon)) || colon === path.length - 1 || isPathSeparator(path.charCodeAt(colon + 1))) return true;
  }
  return false;
}

module.exports = win32;
