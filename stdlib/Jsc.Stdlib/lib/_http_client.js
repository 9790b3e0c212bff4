// http.ClientRequest (https://nodejs.org/docs/v0.8.16/api/http.html#http_class_http_clientrequest):
// an outgoing request that gets its socket from an Agent (or its own connection), writes the
// head and body, and parses the response into an IncomingMessage ('response'), with the
// 'continue', 'upgrade' and 'connect' cases. A keep-alive socket goes back to the agent
// once both the request and the response are done.
'use strict';

var net = require('net');
var common = require('_http_common');
var errors = require('internal/util/errors');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var IncomingMessage = require('_http_incoming').IncomingMessage;
var agentModule = require('_http_agent');
var HTTPParser = common.HTTPParser;
var Agent = agentModule.Agent;

// scheme://[user[:pass]@]host[:port][/path][?query][#hash] as http.request's options.
function urlToOptions(input) {
  var match = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^@\/?#]*)@)?(\[[^\]]*\]|[^:\/?#]*)(?::(\d*))?([^#]*)/.exec(input);
  if (!match) {
    var err = errors.coded(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
    err.input = input;
    throw err;
  }
  var hostname = match[3].toLowerCase();
  var path = match[5] || '/';
  if (path.charAt(0) !== '/') path = '/' + path;
  var options = {
    protocol: match[1].toLowerCase(),
    hostname: hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname,
    hash: '',
    search: path.indexOf('?') === -1 ? '' : path.slice(path.indexOf('?')),
    pathname: path.indexOf('?') === -1 ? path : path.slice(0, path.indexOf('?')),
    path: path,
    href: input
  };
  if (match[4]) options.port = Number(match[4]);
  if (match[2] !== undefined) options.auth = decodeURIComponent(match[2]);
  return options;
}

var noBodyMethods = { GET: 1, HEAD: 1, DELETE: 1, OPTIONS: 1, TRACE: 1, CONNECT: 1 };

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') input = urlToOptions(input);
  else if (input === null || typeof input !== 'object') { cb = options; options = input; input = null; }
  if (typeof options === 'function') { cb = options; options = input || {}; }
  else options = Object.assign({}, input || {}, options);

  var agent = options.agent;
  var defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) agent = new defaultAgent.constructor();
  else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw errors.invalidArgType('options.agent', 'of type Agent-like Object, undefined, or false', agent);
  }
  this.agent = agent;
  var protocol = options.protocol || defaultAgent.protocol;
  var expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (protocol !== expectedProtocol) {
    throw errors.coded(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + protocol + '" not supported. Expected "' + expectedProtocol + '"');
  }
  var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  var port = options.port = options.port || defaultPort;
  var host = options.host = options.hostname || options.host || 'localhost';
  this.timeout = options.timeout;
  this.socketPath = options.socketPath;
  var path = options.path === undefined || options.path === null ? '/' : '' + options.path;
  if (/[\u0000-\u0020]/.test(path)) {
    throw errors.coded(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  }
  this.path = path;
  var method = options.method;
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw errors.invalidArgType('options.method', 'of type string', method);
  }
  method = this.method = (method || 'GET').toUpperCase();
  if (!common.checkIsHttpToken(method)) {
    throw errors.coded(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["' + method + '"]');
  }
  this.host = host;
  this.protocol = protocol;
  this.useChunkedEncodingByDefault = !noBodyMethods[method];
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.res = null;
  this.aborted = false;
  this.upgradeOrConnect = false;
  this.parser = null;
  this._ended = false;

  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
  }

  if (cb) this.once('response', cb);

  var headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (var key in options.headers) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && options.setHost !== false) {
      var hostHeader = host;
      if (hostHeader.indexOf(':') !== -1 && hostHeader.charAt(0) !== '[') hostHeader = '[' + hostHeader + ']';
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  var self = this;
  var optsWithoutSignal = options;
  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    var socket = typeof options.createConnection === 'function'
      ? options.createConnection(optsWithoutSignal, function (err, s) { if (err) self.onSocket(s, err); else if (s) self.onSocket(s); })
      : net.createConnection(options.socketPath ? { path: options.socketPath } : optsWithoutSignal);
    if (socket) this.onSocket(socket);
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function () {
  if (this._header) throw errors.coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers);
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  process.nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._destroyError = err;
  if (this.socket) this.socket.destroy(err);
  else if (err) {
    var self = this;
    process.nextTick(function () {
      self.emit('error', err);
      self.emit('close');
    });
  }
  return this;
};

ClientRequest.prototype.setNoDelay = function (noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', function (s) { s.setNoDelay(noDelay); });
};

ClientRequest.prototype.setSocketKeepAlive = function (enable, delay) {
  if (this.socket) this.socket.setKeepAlive(enable, delay);
  else this.once('socket', function (s) { s.setKeepAlive(enable, delay); });
};

ClientRequest.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.once('timeout', callback);
  this.timeout = msecs;
  var self = this;
  function arm(socket) {
    socket.setTimeout(msecs);
    if (!socket._reqTimeoutListener) {
      socket._reqTimeoutListener = function () { if (socket._httpMessage) socket._httpMessage.emit('timeout'); };
      socket.on('timeout', socket._reqTimeoutListener);
    }
  }
  if (this.socket) arm(this.socket);
  else this.once('socket', function (s) { if (s.connecting) s.once('connect', function () { arm(s); }); else arm(s); });
  return this;
};

ClientRequest.prototype.onSocket = function (socket, err) {
  var req = this;
  process.nextTick(function () {
    if (err) {
      req.destroyed = true;
      req.emit('error', err);
      req.emit('close');
      return;
    }
    require('internal/http/client_socket').tickOnSocket(req, socket);
  });
};

module.exports = { ClientRequest: ClientRequest, urlToOptions: urlToOptions, Agent: Agent };
