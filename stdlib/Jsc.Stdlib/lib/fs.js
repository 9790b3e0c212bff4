// fs: https://nodejs.org/docs/v0.8.16/api/fs.html, with node 20's argument checks, errors
// and additions (access, copyFile, rm, mkdtemp, mkdir {recursive}, readdir {withFileTypes},
// fs.constants). Each function validates here, then calls the C# binding (internal/fs),
// which runs the system call at once (the *Sync forms) or on the thread pool with a
// callback posted back to the event loop. Buffer-typed data goes through isArrayBufferView
// and the binding's byte views, so these functions take Buffers as soon as Buffer exists.
'use strict';

var binding = require('internal/fs');
var utils = require('internal/fs/utils');
var watchers = require('internal/fs/watchers');

var constants = utils.constants;
var getValidatedPath = utils.getValidatedPath;
var getValidatedFd = utils.getValidatedFd;
var makeCallback = utils.makeCallback;
var getOptions = utils.getOptions;
var stringToFlags = utils.stringToFlags;
var parseFileMode = utils.parseFileMode;
var validateInteger = utils.validateInteger;
var isArrayBufferView = utils.isArrayBufferView;
var F_OK = constants.F_OK;

function isFd(path) {
  return utils.isUint32(path);
}

function statsCallback(cb) {
  cb = makeCallback(cb);
  return function (err, values) {
    if (err) return cb(err);
    cb(null, utils.statsFromValues(values));
  };
}

function encodingOf(options) {
  return utils.normalizeEncoding(options.encoding);
}

// --- descriptors --------------------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  var flagsNumber = stringToFlags(flags);
  binding.open(path, flagsNumber, mode, makeCallback(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback) {
  fd = getValidatedFd(fd);
  if (callback === undefined) callback = defaultCloseCallback;
  binding.close(fd, makeCallback(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// read(fd, buffer, offset, length, position, cb), read(fd, {buffer, ...}, cb), read(fd, buffer, {...}, cb)
function readArguments(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  if (!isArrayBufferView(buffer) && buffer !== null && typeof buffer === 'object' && arguments.length <= 3) {
    var o = buffer;
    buffer = o.buffer; offset = o.offset; length = o.length; position = o.position;
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    var p = offsetOrOptions;
    offset = p.offset; length = p.length; position = p.position;
  }
  if (!isArrayBufferView(buffer)) {
    throw utils.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  if (length === 0) return { fd: fd, buffer: buffer, offset: offset, length: 0, position: position };
  // node's validateOffsetLengthRead, then validatePosition.
  validateInteger(length, 'length');
  if (length < 0) throw utils.outOfRange('length', '>= 0', length);
  if (offset + length > buffer.byteLength) throw utils.outOfRange('length', '<= ' + (buffer.byteLength - offset), length);
  if (position == null) position = -1;
  else if (typeof position !== 'number') throw utils.invalidArgType('position', 'of type bigint or integer', position);
  else validateInteger(position, 'position', -1);
  return { fd: fd, buffer: buffer, offset: offset, length: length, position: position };
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  callback = arguments[arguments.length - 1];
  var args = arguments.length <= 3
    ? readArguments(fd, buffer, arguments.length === 3 ? undefined : offsetOrOptions)
    : readArguments(fd, buffer, offsetOrOptions, arguments.length > 4 ? length : undefined,
      arguments.length > 5 ? position : undefined);
  callback = makeCallback(callback);
  if (args.length === 0) {
    process.nextTick(function () { callback(null, 0, args.buffer); });
    return;
  }
  binding.read(args.fd, args.buffer, args.offset, args.length, args.position, function (err, bytesRead) {
    callback(err, bytesRead || 0, args.buffer);
  });
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  var args = readArguments(fd, buffer, offsetOrOptions, length, position);
  if (args.length === 0) return 0;
  return binding.read(args.fd, args.buffer, args.offset, args.length, args.position);
}

// write(fd, buffer[, offset[, length[, position]]], cb) or write(fd, string[, position[, encoding]], cb)
function writeCall(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    var offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      length = offset.length; position = offset.position; offset = offset.offset;
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateInteger(length, 'length', 0, buffer.byteLength - offset);
    return binding.writeBuffer(fd, buffer, offset, length, position, callback);
  }
  if (typeof buffer !== 'string') {
    throw utils.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (typeof offsetOrOptions !== 'number') offsetOrOptions = null;
  // An encoding node does not know writes UTF-8, as node's binding does.
  var encoding = utils.normalizeEncoding(typeof length === 'string' ? length : 'utf8');
  return binding.writeString(fd, buffer, offsetOrOptions, encoding || 'utf8', callback);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  var args = Array.prototype.slice.call(arguments, 2);
  callback = makeCallback(args.pop());
  writeCall(fd, buffer, args[0], args[1], args[2], function (err, written) {
    callback(err, written || 0, buffer);
  });
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  return writeCall(fd, buffer, offsetOrOptions, length, position);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len), makeCallback(callback));
}

function ftruncateSync(fd, len) {
  if (len === undefined) len = 0;
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

var warnedTruncateFd = false;

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    if (!warnedTruncateFd) {
      warnedTruncateFd = true;
      process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file descriptor instead.',
        'DeprecationWarning', 'DEP0081');
    }
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', function (err, fd) {
    if (err) return callback(err);
    binding.ftruncate(fd, len, function (err1) {
      binding.close(fd, function (err2) {
        callback(err1 || err2 || null);
      });
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  var fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  fd = getValidatedFd(fd);
  binding.fstat(fd, statsCallback(callback));
}

function fstatSync(fd) {
  return utils.statsFromValues(binding.fstat(getValidatedFd(fd)));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  binding.fchown(fd, uid, gid, makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  binding.fchown(fd, uid, gid);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = utils.toUnixTimestamp(atime, 'atime');
  mtime = utils.toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), utils.toUnixTimestamp(atime, 'atime'), utils.toUnixTimestamp(mtime, 'mtime'));
}

module.exports = {
  open: open, openSync: openSync, close: close, closeSync: closeSync,
  read: read, readSync: readSync, write: write, writeSync: writeSync,
  fsync: fsync, fsyncSync: fsyncSync, fdatasync: fdatasync, fdatasyncSync: fdatasyncSync,
  ftruncate: ftruncate, ftruncateSync: ftruncateSync, truncate: truncate, truncateSync: truncateSync,
  fstat: fstat, fstatSync: fstatSync, fchmod: fchmod, fchmodSync: fchmodSync,
  fchown: fchown, fchownSync: fchownSync, futimes: futimes, futimesSync: futimesSync
};

require('internal/fs/paths').install(module.exports, isFd, statsCallback, encodingOf);
require('internal/fs/files').install(module.exports, isFd, encodingOf);

module.exports.watch = watchers.watch;
module.exports.watchFile = watchers.watchFile;
module.exports.unwatchFile = watchers.unwatchFile;
module.exports._toUnixTimestamp = utils.toUnixTimestamp;
module.exports.Stats = utils.Stats;
module.exports.Dirent = utils.Dirent;
module.exports.constants = constants;
module.exports.F_OK = constants.F_OK;
module.exports.R_OK = constants.R_OK;
module.exports.W_OK = constants.W_OK;
module.exports.X_OK = constants.X_OK;

// ReadStream and WriteStream load the stream module on first use, as node's fs does.
var streams;
function lazyStreams() {
  if (streams === undefined) streams = require('internal/fs/streams');
  return streams;
}
function lazyClass(name) {
  return {
    enumerable: true, configurable: true,
    get: function () { return lazyStreams()[name]; },
    set: function (v) { lazyStreams()[name] = v; }
  };
}
Object.defineProperties(module.exports, {
  ReadStream: lazyClass('ReadStream'),
  WriteStream: lazyClass('WriteStream'),
  // Node's older names for the same classes.
  FileReadStream: lazyClass('ReadStream'),
  FileWriteStream: lazyClass('WriteStream')
});
// fs.promises is the fs/promises module, loaded on first use.
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get: function () { return require('fs/promises'); }
});
module.exports.createReadStream = function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
};
