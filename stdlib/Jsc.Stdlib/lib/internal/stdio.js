// process.stdout, process.stderr and process.stdin:
// https://nodejs.org/docs/v0.8.16/api/process.html#process_process_stdout. Writes go straight
// to the host's writers, synchronously as node writes to files and pipes, so they stay in
// order with console.log. stdin is a Readable fed by the host's reader (on the thread pool);
// it keeps the process alive only while it is flowing or being read. On a terminal the
// streams are tty.WriteStream / tty.ReadStream. The getters on process (internal/bootstrap)
// make them on first use.
'use strict';

var Writable = require('internal/streams/writable');
var Readable = require('internal/streams/readable');
var binding = require('internal/stdio_binding');
var state = require('internal/streams/state');

function StdoutStream(fd) {
  Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this._isStdio = true;
  this._type = binding.isatty(fd) ? 'tty' : 'pipe';
  this._decoder = null;
}
Object.setPrototypeOf(StdoutStream.prototype, Writable.prototype);
Object.setPrototypeOf(StdoutStream, Writable);

StdoutStream.prototype._write = function (chunk, encoding, cb) {
  var text;
  if (typeof chunk === 'string') {
    text = encoding === 'utf8' || encoding === 'utf-8' ? chunk : Buffer.from(chunk, encoding).toString();
  } else {
    // Bytes are UTF-8 text; a character split across writes is carried over.
    if (!this._decoder) this._decoder = state.makeDecoder('utf8');
    text = this._decoder.write(chunk);
  }
  binding.write(this.fd, text);
  cb();
};

// node never closes the process's own descriptors: destroy() only ends the stream object.
StdoutStream.prototype._destroy = function (err, cb) {
  cb(err);
};

function StdinStream(fd, options) {
  var opts = Object.assign({ highWaterMark: 64 * 1024 }, options);
  // Without Buffer, chunks can only be strings: stdin then decodes UTF-8 from the start.
  if (typeof Buffer === 'undefined' && !opts.encoding && !opts.objectMode) opts.encoding = 'utf8';
  Readable.call(this, opts);
  this.fd = fd;
  this._isStdio = true;
  this._reading = false;
  var self = this;
  this._onChunk = function (chunk) {
    if (chunk === null) {
      self._reading = false;
      self.push(null);
      return;
    }
    var more = typeof Buffer !== 'undefined' ? self.push(Buffer.from(chunk, 'latin1')) : self.push(chunk, 'utf8');
    if (!more) self._stopReading();
  };
  // A paused stdin stops reading, so a program that pauses it can exit (as in node).
  this.on('pause', function () {
    self._readableState.reading = false;
    self._stopReading();
  });
}
Object.setPrototypeOf(StdinStream.prototype, Readable.prototype);
Object.setPrototypeOf(StdinStream, Readable);

StdinStream.prototype._read = function () {
  if (this._reading) return;
  this._reading = true;
  binding.readStart(typeof Buffer !== 'undefined' ? 'latin1' : 'utf8', this._onChunk);
};

StdinStream.prototype._stopReading = function () {
  if (!this._reading) return;
  this._reading = false;
  binding.readStop();
};

StdinStream.prototype._destroy = function (err, cb) {
  this._stopReading();
  cb(err);
};

function createWritable(fd) {
  if (binding.isatty(fd)) return new (require('tty').WriteStream)(fd);
  return new StdoutStream(fd);
}

function createReadable() {
  if (binding.isatty(0)) return new (require('tty').ReadStream)(0);
  return new StdinStream(0);
}

var made = {};
var makers = {
  stdout: function () { return createWritable(1); },
  stderr: function () { return createWritable(2); },
  stdin: createReadable,
};

// The stream behind process.stdout, process.stderr or process.stdin, made once.
function get(name) {
  if (!made[name]) made[name] = makers[name]();
  return made[name];
}

module.exports = { StdoutStream: StdoutStream, StdinStream: StdinStream, get: get };
