// net.Socket (https://nodejs.org/docs/v0.8.16/api/net.html#net_class_net_socket): a Duplex
// over an internal/tcp handle, shaped like node 20's. Reading pushes what the handle delivers
// and stops the handle when push() says the buffer is full; _write hands chunks to the handle;
// _final shuts the sending side down; _destroy closes the handle and 'close' follows.
'use strict';

var stream = require('stream');
var util = require('internal/net/util');
var errors = require('internal/util/errors');
var binding = util.binding;

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = Object.assign({}, options);
  options.allowHalfOpen = !!options.allowHalfOpen;
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._pendingData = null;
  this._timeoutMs = 0;
  this._timer = null;
  this._lastActive = 0;
  this._bytesDispatched = 0;
  this._bytesRead = 0;
  this._peername = null;
  this._sockname = null;
  this._refOnConnect = true;
  this.server = null;
  this._server = null;
  if (options.handle) {
    this._handle = options.handle;
    if (options.pauseOnConnect) this.pause();
    else this.read(0);
  } else {
    // Not connected yet: neither side works until connect().
    this._readableState.reading = false;
  }
  this.on('end', onReadableStreamEnd);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

// The Duplex ends the writable side itself (on the next tick) unless allowHalfOpen.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  var err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  var self = this;
  process.nextTick(function () {
    self.destroy(err);
    if (typeof cb === 'function') cb(err);
  });
  return false;
}

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
});
Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function () { if (this._handle) return this.writableLength; }
});
Object.defineProperty(Socket.prototype, 'bytesRead', { get: function () { return this._bytesRead; } });
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () {
    var bytes = this._bytesDispatched;
    var buffered = this.writableBuffer || [];
    for (var i = 0; i < buffered.length; i++) {
      var b = buffered[i];
      bytes += Buffer.isBuffer(b.chunk) ? b.chunk.length : Buffer.byteLength(b.chunk, b.encoding);
    }
    return bytes;
  }
});
Object.defineProperty(Socket.prototype, 'pending', {
  get: function () { return !this._handle || this.connecting; }
});

function peer(self) {
  if (!self._peername && self._handle && !self.connecting) {
    var name = self._handle.getpeername();
    if (name.address !== undefined) self._peername = name;
  }
  return self._peername || {};
}
function sock(self) {
  if (!self._handle || self.connecting) return {};
  var name = self._handle.getsockname();
  if (name.address !== undefined) self._sockname = name;
  return self._sockname || {};
}
Object.defineProperty(Socket.prototype, 'remoteAddress', { get: function () { return peer(this).address; } });
Object.defineProperty(Socket.prototype, 'remoteFamily', { get: function () { return peer(this).family; } });
Object.defineProperty(Socket.prototype, 'remotePort', { get: function () { return peer(this).port; } });
Object.defineProperty(Socket.prototype, 'localAddress', { get: function () { return sock(this).address; } });
Object.defineProperty(Socket.prototype, 'localPort', { get: function () { return sock(this).port; } });
Object.defineProperty(Socket.prototype, 'localFamily', { get: function () { return sock(this).family; } });

Socket.prototype.address = function () { return sock(this); };

// --- timeouts: one timer, re-armed lazily from the last activity ---

Socket.prototype.setTimeout = function (ms, cb) {
  if (typeof ms !== 'number') throw errors.invalidArgType('msecs', 'of type number', ms);
  this._timeoutMs = ms;
  if (this._timer) { clearTimeout(this._timer); this._timer = null; }
  if (ms === 0) {
    if (typeof cb === 'function') this.removeListener('timeout', cb);
  } else {
    this._lastActive = Date.now();
    armTimer(this, ms);
    if (typeof cb === 'function') this.once('timeout', cb);
  }
  return this;
};

function armTimer(self, ms) {
  self._timer = setTimeout(function () {
    self._timer = null;
    if (!self._timeoutMs || self.destroyed) return;
    var idle = Date.now() - self._lastActive;
    if (idle < self._timeoutMs) armTimer(self, self._timeoutMs - idle);
    else {
      self._lastActive = Date.now();
      armTimer(self, self._timeoutMs);
      self.emit('timeout');
    }
  }, ms);
  if (self._timer.unref) self._timer.unref();
}

Socket.prototype._unrefTimer = function () {
  if (this._timeoutMs) this._lastActive = Date.now();
  if (this._server && this._server._unrefTimer) this._server._unrefTimer(this);
};

Socket.prototype.setNoDelay = function (enable) {
  if (this._handle) this._handle.setNoDelay(enable === undefined ? true : !!enable);
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  if (this._handle) this._handle.setKeepAlive(!!enable, ~~(initialDelay / 1000) * 1000);
  return this;
};

Socket.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  else this._refOnConnect = true;
  return this;
};

Socket.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  else this._refOnConnect = false;
  return this;
};

// --- reading ---

Socket.prototype._read = function () {
  if (this.connecting || !this._handle) {
    this.once('connect', function () { this._read(); });
    return;
  }
  var self = this;
  this._handle.readStart(function (code, chunk) { onRead(self, code, chunk); });
};

function onRead(self, code, chunk) {
  if (self.destroyed) return;
  self._unrefTimer();
  if (code) {
    self.destroy(util.errnoException(code, 'read'));
    return;
  }
  if (chunk === null) {
    // The other side ended: no more data, and half-open handling decides about writing.
    self.push(null);
    self.read(0);
    return;
  }
  self._bytesRead += chunk.length;
  if (!self.push(chunk)) self._handle.readStop();
}

// --- writing ---

Socket.prototype._write = function (chunk, encoding, cb) {
  if (this.connecting || !this._handle) {
    this._pendingData = chunk;
    var self = this;
    this.once('connect', function () {
      self._pendingData = null;
      self._write(chunk, encoding, cb);
    });
    return;
  }
  this._unrefTimer();
  var data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  this._bytesDispatched += data.length;
  var self2 = this;
  this._handle.write(data, function (code) {
    self2._unrefTimer();
    if (code) cb(util.errnoException(code, 'write'));
    else cb();
  });
};

Socket.prototype._writev = function (chunks, cb) {
  var list = [];
  for (var i = 0; i < chunks.length; i++) {
    var c = chunks[i].chunk;
    list.push(typeof c === 'string' ? Buffer.from(c, chunks[i].encoding) : c);
  }
  this._write(Buffer.concat(list), 'buffer', cb);
};

Socket.prototype._final = function (cb) {
  if (this.connecting || !this._handle) {
    this.once('connect', function () { this._final(cb); });
    return;
  }
  var self = this;
  this._handle.shutdown(function (code) {
    if (code && code !== 'ENOTCONN') cb(util.errnoException(code, 'shutdown'));
    else cb();
    if (!self.readable && !self.destroyed) self.destroy();
  });
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  if (this._timer) { clearTimeout(this._timer); this._timer = null; }
  this._timeoutMs = 0;
  var self = this;
  if (this._handle) {
    var isException = !!exception;
    this._handle.close(function () { self.emit('close', isException); });
    this._handle = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(function () { self.emit('close', !!exception); });
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
    this._server = null;
  }
};

// --- connecting ---

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = Array.isArray(args[0]) && args.length === 1 ? args[0] : util.normalizeArgs(args);
  var options = normalized[0];
  var cb = normalized[1];
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this._writableState.destroyed = false;
    this._readableState.destroyed = false;
  }
  if (cb) this.once('connect', cb);
  if (this._timeoutMs) this._unrefTimer();
  this.connecting = true;
  this._handle = binding.create();
  if (!this._refOnConnect) this._handle.unref();
  var self = this;
  if (options.path !== undefined && options.path !== null) {
    var path = '' + options.path;
    this._handle.connectPath(path, function (code) { afterConnect(self, code, path, 0); });
    return this;
  }
  var port = options.port;
  if (port === undefined || port === null) {
    throw errors.coded(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  if (!util.isLegalPort(port)) {
    throw errors.coded(RangeError, 'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received ' +
      require('internal/util').inspect(port) + '.');
  }
  port = +port;
  var host = options.host || 'localhost';
  this._host = host;
  var family = util.isIP(host);
  if (family) {
    this._handle.connect(host, port, function (code) { afterConnect(self, code, host, port); });
    return this;
  }
  binding.lookup(host, options.family | 0, function (code, ip, addressType) {
    if (self.destroyed) return;
    if (code) {
      var err = util.lookupError(host);
      self.emit('lookup', err, ip, addressType, host);
      self.destroy(err);
      return;
    }
    self.emit('lookup', null, ip, addressType, host);
    if (!self._handle) return;
    self._handle.connect(ip, port, function (c) { afterConnect(self, c, ip, port); });
  });
  return this;
};

function afterConnect(self, code, address, port) {
  if (self.destroyed) return;
  self.connecting = false;
  if (code) {
    self.destroy(util.exceptionWithHostPort(code, 'connect', address, port));
    return;
  }
  self._sockname = null;
  self._unrefTimer();
  self.emit('connect');
  self.emit('ready');
  if (self.readableFlowing === true || (self.readableFlowing === null && self.listenerCount('data') > 0) ||
      self._readableState.needReadable || self._readableState.length < self.readableHighWaterMark) {
    if (!self.isPaused() || self.readableFlowing === null) self.read(0);
  }
}

Socket.prototype.resetAndDestroy = function () {
  this.destroy();
  return this;
};

module.exports = Socket;
