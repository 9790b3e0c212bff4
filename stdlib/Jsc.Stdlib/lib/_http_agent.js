// http.Agent (https://nodejs.org/docs/v0.8.16/api/http.html#http_class_http_agent): hands out
// sockets per host:port, at most maxSockets at a time (requests beyond wait in order), and with
// keepAlive keeps finished ones (unref'd, so they do not hold the process open) for reuse.
'use strict';

var EventEmitter = require('events');
var net = require('net');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = Object.assign({ path: null }, options);
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;
  this.scheduling = this.options.scheduling || 'lifo';
  var self = this;
  this.on('free', function (socket, options) {
    var name = self.getName(options);
    if (!socket.writable) { socket.destroy(); return; }
    var requests = self.requests[name];
    if (requests && requests.length) {
      var req = requests.shift();
      if (!requests.length) delete self.requests[name];
      setRequestSocket(self, req, socket);
      return;
    }
    var req2 = socket._httpMessage;
    if (!req2 || !req2.shouldKeepAlive || !self.keepAlive) {
      socket.destroy();
      return;
    }
    var free = self.freeSockets[name] || (self.freeSockets[name] = []);
    if (free.length >= self.maxFreeSockets || !self.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    self.removeSocket(socket, options, true);
    socket._httpMessage = null;
    free.push(socket);
    socket.once('error', freeSocketErrorListener);
  });
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function (options) {
  options = options || {};
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

Agent.prototype.addRequest = function (req, options) {
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  if (!options.servername && options.servername !== '') options.servername = options.host;
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var free = this.freeSockets[name];
  var socket;
  while (free && free.length) {
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
    if (!socket.destroyed) break;
    socket = null;
  }
  if (socket) {
    socket.removeListener('error', freeSocketErrorListener);
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
    return;
  }
  if (this.sockets[name].length < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    var self = this;
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else setRequestSocket(self, req, s);
    });
    return;
  }
  if (!this.requests[name]) this.requests[name] = [];
  this.requests[name].push(req);
};

Agent.prototype.createSocket = function (req, options, cb) {
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options);
  options._agentKey = name;
  var self = this;
  var s = this.createConnection(options);
  if (!s) { cb(new Error('createConnection returned nothing')); return; }
  if (!this.sockets[name]) this.sockets[name] = [];
  this.sockets[name].push(s);
  this.totalSocketCount++;
  s.on('free', function () { self.emit('free', s, options); });
  function onClose() { self.removeSocket(s, options); }
  s.once('close', onClose);
  function onTimeout() {
    var free = self.freeSockets[name];
    if (free && free.indexOf(s) !== -1) {
      s.destroy();
      self.removeSocket(s, options);
    }
  }
  s.on('timeout', onTimeout);
  s.once('agentRemove', function () {
    self.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('timeout', onTimeout);
  });
  cb(null, s);
};

Agent.prototype.removeSocket = function (s, options, keep) {
  var name = this.getName(options);
  var lists = keep ? [this.sockets] : [this.sockets, this.freeSockets];
  for (var i = 0; i < lists.length; i++) {
    var list = lists[i][name];
    if (!list) continue;
    var at = list.indexOf(s);
    if (at !== -1) {
      list.splice(at, 1);
      if (!list.length) delete lists[i][name];
      if (!keep && i === 0) this.totalSocketCount--;
    }
  }
  if (keep) return;
  var requests = this.requests[name];
  if (requests && requests.length && (!this.sockets[name] || this.sockets[name].length < this.maxSockets)) {
    var req = requests.shift();
    if (!requests.length) delete this.requests[name];
    var self = this;
    this.createSocket(req, options, function (err, socket) {
      if (err) req.onSocket(socket, err);
      else setRequestSocket(self, req, socket);
    });
  }
};

Agent.prototype.keepSocketAlive = function (socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var timeout = this.options.timeout;
  if (timeout) socket.setTimeout(timeout);
  return true;
};

Agent.prototype.reuseSocket = function (socket, req) {
  req.reusedSocket = true;
  socket.ref();
  if (this.sockets[this.getName(req)] === undefined) { /* tracked by addRequest */ }
};

Agent.prototype.destroy = function () {
  var sets = [this.freeSockets, this.sockets];
  for (var s = 0; s < sets.length; s++) {
    for (var name in sets[s]) {
      var list = sets[s][name].slice();
      for (var i = 0; i < list.length; i++) list[i].destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  var agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

module.exports = { Agent: Agent, globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }) };
