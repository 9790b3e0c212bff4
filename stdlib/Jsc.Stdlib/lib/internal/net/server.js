// net.Server (https://nodejs.org/docs/v0.8.16/api/net.html#net_class_net_server): listens on
// an internal/tcp handle (TCP port or Unix socket path) and wraps each accepted handle in a
// net.Socket. 'listening' and listen errors come on the next tick, as in node; 'close' comes
// once the listener is closed and every connection has ended.
'use strict';

var EventEmitter = require('events');
var util = require('internal/net/util');
var errors = require('internal/util/errors');
var Socket = require('internal/net/socket');
var binding = util.binding;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === null || options === undefined || typeof options === 'object') {
    options = options || {};
  } else {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._unref = false;
  this._pipeName = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get: function () { return !!this._handle; }, configurable: true, enumerable: true
});

// v0.8's server.connections (node 20 dropped it; getConnections is the asynchronous form).
Object.defineProperty(Server.prototype, 'connections', {
  get: function () { return this._connections; },
  set: function (v) { this._connections = v; },
  configurable: true
});

Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  if (cb) this.once('listening', cb);
  if (this._handle) {
    throw errors.coded(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  var options;
  if (args.length === 0 || typeof args[0] === 'number' || (typeof args[0] === 'string' && !util.isPipeName(args[0])) ||
      args[0] === undefined || args[0] === null) {
    options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
    options.backlog = typeof args[1] === 'number' ? args[1] : args[2];
  } else if (typeof args[0] === 'string') {
    options = { path: args[0], backlog: args[1] };
  } else if (typeof args[0] === 'object') {
    options = args[0];
    if (options._handle || options.fd !== undefined) {
      throw errors.coded(Error, 'ERR_INVALID_FD_TYPE', 'Unsupported fd type: listen(handle)');
    }
  } else {
    throw errors.invalidArgValue('options', args[0], 'must have the property "port" or "path"');
  }
  var backlog = options.backlog > 0 ? options.backlog | 0 : 511;
  if (options.path !== undefined && options.path !== null) {
    this._pipeName = '' + options.path;
    listenHandle(this, null, 0, backlog, this._pipeName);
    return this;
  }
  var port = options.port === undefined || options.port === null ? 0 : options.port;
  if (!util.isLegalPort(port)) {
    throw errors.coded(RangeError, 'ERR_SOCKET_BAD_PORT', 'options.port should be >= 0 and < 65536. Received ' +
      require('internal/util').inspect(options.port) + '.');
  }
  port = +port;
  var host = options.host;
  if (host && !util.isIP(host)) {
    var self = this;
    binding.lookup(host, 0, function (code, ip) {
      if (code) {
        self.emit('error', util.lookupError(host));
        return;
      }
      listenHandle(self, ip, port, backlog, null);
    });
    return this;
  }
  listenHandle(this, host || null, port, backlog, null);
  return this;
};

function listenHandle(self, address, port, backlog, path) {
  var handle = binding.create();
  var onConnection = function (code, clientHandle) { onconnection(self, code, clientHandle); };
  var code;
  if (path !== null) code = handle.listenPath(path, backlog, onConnection);
  else if (address === null) {
    code = handle.listen('::', port, backlog, onConnection);
    if (code === 'EAFNOSUPPORT' || code === 'EADDRNOTAVAIL') {
      handle = binding.create();
      address = '0.0.0.0';
      code = handle.listen(address, port, backlog, onConnection);
    } else address = '::';
  } else {
    code = handle.listen(address, port, backlog, onConnection);
  }
  if (code) {
    var err = util.uvExceptionWithHostPort(code, 'listen', path !== null ? path : address, path !== null ? -1 : port);
    process.nextTick(function () { self.emit('error', err); });
    return;
  }
  self._handle = handle;
  if (self._unref) handle.unref();
  process.nextTick(function () { if (self._handle === handle) self.emit('listening'); });
}

function onconnection(self, code, clientHandle) {
  if (code) {
    self.emit('error', util.errnoException(code, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    clientHandle.close();
    self.emit('drop', {});
    return;
  }
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnConnect: self.pauseOnConnect,
    readable: true,
    writable: true
  });
  if (self.noDelay) clientHandle.setNoDelay(true);
  if (self.keepAlive) clientHandle.setKeepAlive(true, 0);
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function () {
  if (this._handle && this._pipeName !== undefined) return this._pipeName;
  if (this._handle) return this._handle.getsockname();
  return null;
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  process.nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function () {
        cb(errors.coded(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

module.exports = Server;
