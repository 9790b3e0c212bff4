// dgram: https://nodejs.org/docs/v0.8.16/api/dgram.html, with node 20's additions (connect,
// disconnect, remoteAddress, buffer sizes, the options form of createSocket) and its errors.
// The socket lives in the C# binding (internal/udp); like node's UDPWrap, its fd exists from
// bind on, so calls that need one fail with EBADF before that. Sends before bind bind to an
// ephemeral port first and wait in a queue until 'listening'.
'use strict';

var EventEmitter = require('events');
var binding = require('internal/udp');
var dns = require('dns');
var errors = require('internal/util/errors');

var BIND_UNBOUND = 0, BIND_BINDING = 1, BIND_BOUND = 2;
var CONNECT_DISCONNECTED = 0, CONNECT_CONNECTING = 1, CONNECT_CONNECTED = 2;

function coded(Ctor, code, message) {
  return errors.coded(Ctor, code, message);
}

// ErrnoException / ExceptionWithHostPort: `bind EADDRINUSE 0.0.0.0:1234`.
function socketError(code, syscall, address, port) {
  var details = '';
  if (address !== undefined && address !== null && address !== '') {
    details = ' ' + address + (port && port > 0 ? ':' + port : '');
  }
  var err = new Error(syscall + ' ' + code + details);
  err.errno = binding.errno(code);
  err.code = code;
  err.syscall = syscall;
  if (details) {
    err.address = address;
    if (port && port > 0) err.port = port;
  }
  return err;
}

function validatePort(port, name, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', name + ' should be ' + (allowZero ? '>=' : '>') +
      ' 0 and < 65536. Received ' + errors.describeReceived(port) + '.');
  }
  return port | 0;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function toBuffer(view) {
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function newHandle(type, options) {
  if (type === 'udp4') return binding.create(false, !!options.reuseAddr, false);
  if (type === 'udp6') return binding.create(true, !!options.reuseAddr, !!options.ipv6Only);
  throw coded(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
}

function Socket(type, listener) {
  EventEmitter.call(this);
  var options = {};
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    if (options.lookup !== undefined && typeof options.lookup !== 'function') {
      throw errors.invalidArgType('options.lookup', 'of type function', options.lookup);
    }
  }
  var handle = newHandle(type, options);
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this._state = {
    handle: handle,
    lookup: options.lookup || dns.lookup,
    receiving: false,
    bindState: BIND_UNBOUND,
    connectState: CONNECT_DISCONNECTED,
    queue: undefined,
    recvBufferSize: options.recvBufferSize,
    sendBufferSize: options.sendBufferSize
  };
  Object.defineProperty(this, '_state', { enumerable: false });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket._state.handle) throw coded(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

// The fd exists once bound (libuv creates it in bind): before that, options fail with EBADF.
function withFd(socket, syscall) {
  healthCheck(socket);
  if (socket._state.bindState !== BIND_BOUND) throw socketError('EBADF', syscall);
  return socket._state.handle;
}

function lookupAddress(socket, address, callback) {
  var family = socket.type === 'udp4' ? 4 : 6;
  if (!address) address = family === 4 ? '127.0.0.1' : '::1';
  socket._state.lookup(address, family, callback);
}

function startListening(socket) {
  var state = socket._state;
  state.handle.recvStart(function (err, buffer, rinfo) {
    if (err) return socket.emit('error', socketError(err, 'recvmsg'));
    socket.emit('message', buffer, rinfo);
  });
  state.receiving = true;
  state.bindState = BIND_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

Socket.prototype.bind = function (port_, address_ /* , callback */) {
  var port = port_;
  healthCheck(this);
  var state = this._state;
  if (state.bindState !== BIND_UNBOUND) throw coded(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  state.bindState = BIND_BINDING;

  var cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    var removeListeners = function () {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    var onListening = function () {
      removeListeners.call(this);
      cb.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  var address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (port !== undefined && port !== null && typeof port !== 'function') validatePort(port, 'Port', true);
  else port = 0;
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  var self = this;
  lookupAddress(this, address, function (err, ip) {
    if (!state.handle) return;
    if (err) {
      state.bindState = BIND_UNBOUND;
      self.emit('error', err);
      return;
    }
    var code = state.handle.bind(ip, +port || 0);
    if (code) {
      state.bindState = BIND_UNBOUND;
      self.emit('error', socketError(code, 'bind', ip, +port));
      return;
    }
    startListening(self);
  });
  return this;
};

function enqueue(socket, toEnqueue) {
  var state = socket._state;
  if (state.queue === undefined) {
    state.queue = [];
    var onListenError = function () {
      socket.removeListener('listening', onListenSuccess);
      state.queue = undefined;
    };
    var onListenSuccess = function () {
      socket.removeListener(EventEmitter.errorMonitor, onListenError);
      var queue = state.queue;
      state.queue = undefined;
      for (var i = 0; i < queue.length; i++) queue[i]();
    };
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(toEnqueue);
}

Socket.prototype.connect = function (port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  var state = this._state;
  if (state.connectState !== CONNECT_DISCONNECTED) throw coded(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
  state.connectState = CONNECT_CONNECTING;
  if (state.bindState === BIND_UNBOUND) this.bind({ port: 0 }, null);
  if (state.bindState !== BIND_BOUND) {
    enqueue(this, doConnectAfterBind.bind(this, port, address, callback));
    return;
  }
  doConnectAfterBind.call(this, port, address, callback);
};

function doConnectAfterBind(port, address, callback) {
  var self = this;
  var state = this._state;
  if (callback) this.once('connect', callback);
  lookupAddress(this, address, function (ex, ip) {
    if (!state.handle) return;
    if (!ex) {
      var code = state.handle.connect(ip, port);
      if (code) ex = socketError(code, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_DISCONNECTED;
      process.nextTick(function () {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_CONNECTED;
    process.nextTick(function () { self.emit('connect'); });
  });
}

Socket.prototype.disconnect = function () {
  healthCheck(this);
  var state = this._state;
  if (state.connectState !== CONNECT_CONNECTED) throw coded(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  var code = state.handle.disconnect();
  if (code) throw socketError(code, 'connect');
  state.connectState = CONNECT_DISCONNECTED;
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) {
    throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw coded(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  if (offset + length > buffer.byteLength) throw coded(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
  return toBuffer(buffer).subarray(offset, offset + length);
}

function fixBufferList(list) {
  var out = new Array(list.length);
  for (var i = 0; i < list.length; i++) {
    var buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = toBuffer(buf);
  }
  return out;
}

Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  var list;
  var state = this._state;
  var connected = state.connectState === CONNECT_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw coded(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isArrayBufferView(buffer)) {
      throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    } else list = [toBuffer(buffer)];
  } else if (!(list = fixBufferList(buffer))) {
    throw errors.invalidArgType('buffer list arguments', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address !== undefined && address !== null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_UNBOUND) this.bind({ port: 0 }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  var self = this;
  if (!connected) {
    lookupAddress(this, address, function (ex, ip) { doSend(ex, self, ip, list, address, port, callback); });
  } else {
    doSend(null, this, null, list, address, port, callback);
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  var state = self._state;
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(function () { self.emit('error', ex); });
    return;
  }
  if (!state.handle) return;
  var result = port ? state.handle.send(list, port, ip) : state.handle.send(list);
  if (typeof result === 'number') {
    if (callback) process.nextTick(callback, null, result);
    return;
  }
  var err = socketError(result, 'send', address, port);
  if (callback) process.nextTick(callback, err);
  else process.nextTick(function () { self.emit('error', err); });
}

Socket.prototype.close = function (callback) {
  var state = this._state;
  var queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  state.handle.recvStop();
  state.receiving = false;
  state.handle.close();
  state.handle = null;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
  return this;
};

Socket.prototype.address = function () {
  var handle = withFd(this, 'getsockname');
  var out = handle.getsockname();
  if (typeof out === 'string') throw socketError(out, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function () {
  healthCheck(this);
  var state = this._state;
  if (state.connectState !== CONNECT_CONNECTED) throw coded(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  var out = state.handle.getpeername();
  if (typeof out === 'string') throw socketError(out, 'getpeername');
  return out;
};

function check(code, syscall) {
  if (code) throw socketError(code, syscall);
}

Socket.prototype.setBroadcast = function (arg) {
  check(withFd(this, 'setBroadcast').setBroadcast(!!arg), 'setBroadcast');
};

function validateNumber(value, name) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
}

Socket.prototype.setTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  var handle = withFd(this, 'setTTL');
  check(ttl < 1 || ttl > 255 ? 'EINVAL' : handle.setTTL(ttl), 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  var handle = withFd(this, 'setMulticastTTL');
  check(ttl < 0 || ttl > 255 ? 'EINVAL' : handle.setMulticastTTL(ttl), 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function (arg) {
  check(withFd(this, 'setMulticastLoopback').setMulticastLoopback(!!arg), 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function (interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  check(withFd(this, 'setMulticastInterface').setMulticastInterface(interfaceAddress), 'setMulticastInterface');
};

function membership(socket, multicastAddress, interfaceAddress, add) {
  healthCheck(socket);
  if (!multicastAddress) {
    throw coded(TypeError, 'ERR_MISSING_ARGS', 'The "multicastAddress" argument must be specified');
  }
  var syscall = add ? 'addMembership' : 'dropMembership';
  check(withFd(socket, syscall).membership(multicastAddress, interfaceAddress, add), syscall);
}

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, false);
};

Socket.prototype.ref = function () {
  var handle = this._state.handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  var handle = this._state.handle;
  if (handle) handle.unref();
  return this;
};

// ERR_SOCKET_BUFFER_SIZE is a SystemError naming libuv's call.
function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) throw coded(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer');
  var syscall = recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  var result = socket._state.bindState === BIND_BOUND && socket._state.handle ?
    socket._state.handle.bufferSize(size, recv) : 'EBADF';
  if (typeof result === 'string') {
    var err = new Error('Could not get or set buffer size: ' + syscall + ' returned ' + result + ' (' +
      (result === 'EBADF' ? 'bad file descriptor' : 'invalid argument') + ')');
    err.name = 'SystemError';
    err.code = 'ERR_SOCKET_BUFFER_SIZE';
    err.info = { errno: binding.errno(result), code: result, message: result === 'EBADF' ? 'bad file descriptor' : 'invalid argument', syscall: syscall };
    err.errno = err.info.errno;
    err.syscall = syscall;
    throw err;
  }
  return result;
}

Socket.prototype.setRecvBufferSize = function (size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function (size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function () { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function () { return bufferSize(this, 0, false); };
// Sends complete at once (see doSend), so nothing ever waits in a send queue.
Socket.prototype.getSendQueueSize = function () { return 0; };
Socket.prototype.getSendQueueCount = function () { return 0; };

module.exports = {
  createSocket: createSocket,
  Socket: Socket
};
