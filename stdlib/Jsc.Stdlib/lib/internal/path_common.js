// Pieces of path (https://nodejs.org/docs/v0.8.16/api/path.html) that the posix and win32
// flavours share: the segment normaliser, format(), and the backwards scan that finds a
// path's last segment and extension.
'use strict';

var validate = require('internal/validate');

// Resolves `.` and `..` segments of a path without its root; `allowAboveRoot` keeps leading
// `..` segments (relative paths) instead of dropping them.
function normalizeString(path, allowAboveRoot, separator, isPathSeparator) {
  var res = '';
  var lastSegmentLength = 0;
  var lastSlash = -1;
  var dots = 0;
  var code = 0;
  for (var i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isPathSeparator(code)) break;
    else code = 47; // '/': a virtual separator ends the last segment
    if (isPathSeparator(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // an empty or `.` segment: nothing to add
      } else if (dots === 2) {
        if (res.length < 2 || lastSegmentLength !== 2 ||
            res.charCodeAt(res.length - 1) !== 46 || res.charCodeAt(res.length - 2) !== 46) {
          if (res.length > 2) {
            var lastSlashIndex = res.lastIndexOf(separator);
            if (lastSlashIndex === -1) {
              res = '';
              lastSegmentLength = 0;
            } else {
              res = res.slice(0, lastSlashIndex);
              lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? separator + '..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (res.length > 0) res += separator + path.slice(lastSlash + 1, i);
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

// path.format: https://nodejs.org/api/path.html#pathformatpathobject
function format(sep, pathObject) {
  validate.validateObject(pathObject, 'pathObject');
  var dir = pathObject.dir || pathObject.root;
  var ext = pathObject.ext;
  var base = pathObject.base || ((pathObject.name || '') + (ext ? (ext[0] === '.' ? '' : '.') + ext : ''));
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

// Scans path[start..] backwards for the last segment: {startPart, end, startDot} where
// startDot is where the extension begins, or -1 when the segment has none (`.x`, `..`, `x`).
// The scan stops at `start`; `startPart` begins as `initialPart` (posix parse passes 0 for an
// absolute path, which makes `/..` read as name '.' and ext '.', as in node).
function lastSegment(path, start, isPathSeparator, initialPart) {
  var startDot = -1;
  var startPart = initialPart === undefined ? start : initialPart;
  var end = -1;
  var matchedSlash = true;
  var preDotState = 0; // 0: no char before the dot yet, 1: only dots, -1: other chars
  for (var i = path.length - 1; i >= start; --i) {
    var code = path.charCodeAt(i);
    if (isPathSeparator(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === 46) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    startDot = -1;
  }
  return { startPart: startPart, end: end, startDot: startDot };
}

// path.basename: the last segment from `start` on, without `suffix` when it ends with it.
function basename(path, suffix, start, isPathSeparator) {
  if (suffix !== undefined) validate.validateString(suffix, 'suffix');
  validate.validateString(path, 'path');
  var end = -1;
  var matchedSlash = true;
  var i;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    var extIdx = suffix.length - 1;
    var firstNonSlashEnd = -1;
    for (i = path.length - 1; i >= start; --i) {
      var code = path.charCodeAt(i);
      if (isPathSeparator(code)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (i = path.length - 1; i >= start; --i) {
    if (isPathSeparator(path.charCodeAt(i))) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

// path.extname: from the last `.` of the last segment, or '' (https://nodejs.org/api/path.html#pathextnamepath)
function extname(path, start, isPathSeparator) {
  validate.validateString(path, 'path');
  var seg = lastSegment(path, start, isPathSeparator);
  return seg.startDot === -1 ? '' : path.slice(seg.startDot, seg.end);
}

// Fills base/name/ext of a parse() result from the last segment of path[start..]; returns
// where that segment starts (initialPart when the scan reached `start`).
function parseTail(ret, path, start, isPathSeparator, initialPart) {
  var seg = lastSegment(path, start, isPathSeparator, initialPart);
  if (seg.end !== -1) {
    var from = seg.startPart < start ? start : seg.startPart;
    if (seg.startDot === -1) {
      ret.base = ret.name = path.slice(from, seg.end);
    } else {
      ret.name = path.slice(from, seg.startDot);
      ret.base = path.slice(from, seg.end);
      ret.ext = path.slice(seg.startDot, seg.end);
    }
  }
  return seg.startPart;
}

module.exports = {
  normalizeString: normalizeString,
  format: format,
  basename: basename,
  extname: extname,
  parseTail: parseTail,
};
