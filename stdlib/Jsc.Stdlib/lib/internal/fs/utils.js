// What fs's functions share (node's lib/internal/fs/utils.js and the validators it uses):
// argument checks with node 20's error codes and messages, flag strings, option objects,
// fs.Stats and fs.Dirent.
'use strict';

var binding = require('internal/fs');

var S_IFMT = 61440, S_IFREG = 32768, S_IFDIR = 16384, S_IFCHR = 8192, S_IFBLK = 24576,
  S_IFIFO = 4096, S_IFLNK = 40960, S_IFSOCK = 49152;

// Linux x64 values (node's fs.constants on this platform).
var constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: S_IFMT, S_IFREG: S_IFREG, S_IFDIR: S_IFDIR, S_IFCHR: S_IFCHR, S_IFBLK: S_IFBLK,
  S_IFIFO: S_IFIFO, S_IFLNK: S_IFLNK, S_IFSOCK: S_IFSOCK,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4
};

// --- errors -------------------------------------------------------------------------------

function codedError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

// ERR_INVALID_ARG_TYPE; `expected` is the phrase after "must be" ("of type number").
function invalidArgType(name, expected, value) {
  var kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + kind + ' must be ' + expected + '. Received ' + binding.describe(value));
}

function invalidArgValue(name, value, reason) {
  var kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + binding.inspect(value));
}

function outOfRange(name, range, value) {
  var shown = typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 4294967296
    ? separateThousands(String(value)) : binding.inspect(value);
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + shown);
}

function separateThousands(digits) {
  var sign = digits[0] === '-' ? '-' : '';
  var rest = sign ? digits.slice(1) : digits;
  var out = '';
  for (; rest.length > 3; rest = rest.slice(0, -3)) out = '_' + rest.slice(-3) + out;
  return sign + rest + out;
}

// The SystemError node throws for rm on a directory without {recursive: true}.
function fsIsDirectoryError(path, syscall) {
  var err = new Error('Path is a directory: ' + syscall + ' returned EISDIR (is a directory) ' + path);
  err.name = 'SystemError';
  err.code = 'ERR_FS_EISDIR';
  err.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: syscall, errno: 21 };
  err.errno = 21;
  err.syscall = syscall;
  err.path = path;
  err.toString = function () { return this.name + ' [' + this.code + ']: ' + this.message; };
  return err;
}

// --- validators ---------------------------------------------------------------------------

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
  return value;
}

function makeCallback(cb) {
  return validateFunction(cb, 'cb');
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

function validateInteger(value, name, min, max) {
  if (min === undefined) min = Number.MIN_SAFE_INTEGER;
  if (max === undefined) max = Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function validateInt32Range(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

function getValidatedFd(fd, name) {
  return validateInt32Range(fd, name || 'fd', 0, 2147483647);
}

function isUint32(value) {
  return value === (value >>> 0);
}

function isArrayBufferView(value) {
  return typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' && ArrayBuffer.isView(value);
}

function isURL(value) {
  return value != null && typeof value === 'object' && Boolean(value.href) && Boolean(value.protocol) &&
    value.auth === undefined && value.path === undefined;
}

function toPathIfFileURL(value) {
  if (!isURL(value)) return value;
  if (value.protocol !== 'file:') {
    throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  return decodeURIComponent(value.pathname);
}

// A path argument as a string: strings and file: URLs (Buffers once Buffer exists), no NUL bytes.
function getValidatedPath(value, name) {
  name = name || 'path';
  var path = toPathIfFileURL(value);
  if (isArrayBufferView(path) && typeof path.toString === 'function') path = path.toString();
  if (typeof path !== 'string') {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', value);
  }
  if (path.indexOf('\u0000') !== -1) {
    throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function parseFileMode(value, name, def) {
  if (value === undefined || value === null) {
    if (def !== undefined) return def;
  }
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateInteger(value, name, 0, 4294967295);
  return value;
}

// access takes F_OK..R_OK|W_OK|X_OK, copyFile its three COPYFILE_ bits: 0..7 either way.
// Node 20 checks these in C++, hence the terser messages.
function getValidMode(mode) {
  if (mode === undefined || mode === null) return 0;
  if (typeof mode !== 'number' || (mode | 0) !== mode) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

var flagTable = {
  'r': 0, 'rs': 1052672, 'sr': 1052672, 'r+': 2, 'rs+': 1052674, 'sr+': 1052674,
  'w': 577, 'wx': 705, 'xw': 705, 'w+': 578, 'wx+': 706, 'xw+': 706,
  'a': 1089, 'ax': 1217, 'xa': 1217, 'as': 1053761, 'sa': 1053761,
  'a+': 1090, 'ax+': 1218, 'xa+': 1218, 'as+': 1053762, 'sa+': 1053762
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw invalidArgValue(name || 'flags', flags);
}

var encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'base64', 'base64url', 'hex', 'ascii'];

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return null;
  var lower = String(encoding).toLowerCase();
  if (encodings.indexOf(lower) < 0) return undefined;
  if (lower === 'utf-8') return 'utf8';
  if (lower === 'ucs2' || lower === 'ucs-2' || lower === 'utf-16le') return 'utf16le';
  if (lower === 'binary') return 'latin1';
  return lower;
}

function assertEncoding(encoding) {
  if (encoding && normalizeEncoding(encoding) === undefined) {
    throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults || {};
  if (typeof options === 'string') {
    var copy = Object.assign({}, defaults);
    copy.encoding = options;
    options = copy;
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or object', options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

// toUnixTimestamp: seconds since the epoch from a Date, a number or a numeric string.
function toUnixTimestamp(time) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType('time', 'an instance of Date or an Time in seconds', time);
}

// --- Stats and Dirent ---------------------------------------------------------------------

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function () { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function () { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function () { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function () { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function () { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function () { return this._checkModeProperty(S_IFSOCK); };

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// fs.Stats: https://nodejs.org/docs/v0.8.16/api/fs.html#fs_class_fs_stats
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);

Stats.prototype.isFile = StatsBase.prototype.isFile;

Stats.prototype._checkModeProperty = function (property) {
  return (this.mode & S_IFMT) === property;
};

function statsFromValues(v) {
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
}

var zeroStats = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

var kType = Symbol('type');

// fs.Dirent: an entry of readdir({withFileTypes: true}).
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function direntsFromValues(path, result) {
  var names = result[0], types = result[1], out = [];
  for (var i = 0; i < names.length; i++) out.push(new Dirent(names[i], types[i], path));
  return out;
}

// path.resolve for the watchers' keys, without depending on the path module.
function resolvePath(p) {
  if (p[0] !== '/') p = process.cwd() + '/' + p;
  var parts = [];
  p.split('/').forEach(function (part) {
    if (part === '' || part === '.') return;
    if (part === '..') parts.pop();
    else parts.push(part);
  });
  return '/' + parts.join('/');
}

module.exports = {
  constants: constants,
  codedError: codedError,
  invalidArgType: invalidArgType,
  invalidArgValue: invalidArgValue,
  outOfRange: outOfRange,
  fsIsDirectoryError: fsIsDirectoryError,
  validateFunction: validateFunction,
  makeCallback: makeCallback,
  validateBoolean: validateBoolean,
  validateInteger: validateInteger,
  getValidatedFd: getValidatedFd,
  isUint32: isUint32,
  isArrayBufferView: isArrayBufferView,
  toPathIfFileURL: toPathIfFileURL,
  getValidatedPath: getValidatedPath,
  parseFileMode: parseFileMode,
  getValidMode: getValidMode,
  stringToFlags: stringToFlags,
  normalizeEncoding: normalizeEncoding,
  getOptions: getOptions,
  toUnixTimestamp: toUnixTimestamp,
  Stats: Stats,
  StatsBase: StatsBase,
  statsFromValues: statsFromValues,
  zeroStats: zeroStats,
  Dirent: Dirent,
  direntsFromValues: direntsFromValues,
  resolvePath: resolvePath
};
