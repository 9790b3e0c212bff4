// fs.ReadStream and fs.WriteStream (https://nodejs.org/docs/v0.8.16/api/fs.html#fs_class_fs_readstream),
// built as node 20 builds them on stream.Readable/Writable: _construct opens the file (then
// 'open' and 'ready'), _read/_write move bytes with fs.read/fs.write at `pos`, and _destroy
// closes the descriptor once no read or write is in flight.
'use strict';

var Stream = require('stream');
var fs = require('fs');
var utils = require('internal/fs/utils');

var Readable = Stream.Readable;
var Writable = Stream.Writable;
var kIsPerformingIO = Symbol('kIsPerformingIO');
var kIoDone = Symbol('kIoDone');

function copyOptions(options) {
  return Object.assign({}, utils.getOptions(options, {}));
}

function importFd(stream, options) {
  if (options.fd != null) {
    stream.fd = utils.getValidatedFd(options.fd);
    return;
  }
  stream.fd = null;
  stream.path = utils.toPathIfFileURL(stream.path);
  stream.path = utils.getValidatedPath(stream.path);
}

function construct(callback) {
  var stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  fs.open(stream.path, stream.flags, stream.mode, function (err, fd) {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
    return;
  }
  fs.close(stream.fd, function (closeErr) {
    cb(closeErr || err);
  });
  stream.fd = null;
}

function destroyStream(err, cb) {
  var self = this;
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, function (ioErr) { closeStream(self, err || ioErr, cb); });
  } else {
    closeStream(this, err, cb);
  }
}

function streamOptions(options) {
  options = copyOptions(options);
  if (options.emitClose === undefined) options.emitClose = true;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  return options;
}

// What both stream classes have: autoClose (the state's autoDestroy), pending, _construct, _destroy.
function defineCommon(prototype, stateKey) {
  Object.defineProperty(prototype, 'autoClose', {
    get: function () { return this[stateKey].autoDestroy; },
    set: function (value) { this[stateKey].autoDestroy = value; }
  });
  Object.defineProperty(prototype, 'pending', {
    get: function () { return this.fd === null; },
    configurable: true
  });
  prototype._construct = construct;
  prototype._destroy = destroyStream;
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  this.path = path;
  importFd(this, options);
  Readable.call(this, options);
  this[kIsPerformingIO] = false;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    utils.validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw utils.outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
  }
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

defineCommon(ReadStream.prototype, '_readableState');

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined
    ? Math.min(this.end - this.pos + 1, n)
    : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  var self = this;
  var buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  fs.read(this.fd, buffer, 0, n, this.pos === undefined ? null : this.pos, function (err, bytesRead) {
    self[kIsPerformingIO] = false;
    if (self.destroyed) {
      self.emit(kIoDone, err);
      return;
    }
    if (err) {
      self.destroy(err);
    } else if (bytesRead > 0) {
      if (self.pos !== undefined) self.pos += bytesRead;
      self.bytesRead += bytesRead;
      self.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    } else {
      self.push(null);
    }
  });
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') Stream.finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  options.decodeStrings = true;
  this.path = path;
  importFd(this, options);
  Writable.call(this, options);
  this[kIsPerformingIO] = false;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

defineCommon(WriteStream.prototype, '_writableState');

WriteStream.prototype._write = function (data, encoding, cb) {
  var self = this;
  this[kIsPerformingIO] = true;
  fs.write(this.fd, data, 0, data.length, this.pos === undefined ? null : this.pos, function (err, bytes) {
    self[kIsPerformingIO] = false;
    if (self.destroyed) {
      cb(err);
      self.emit(kIoDone, err);
      return;
    }
    if (err) return cb(err);
    self.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream: ReadStream, WriteStream: WriteStream };
