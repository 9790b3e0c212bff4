// http.Server and http.ServerResponse (https://nodejs.org/docs/v0.8.16/api/http.html#http_class_http_server):
// each connection gets a parser; each request an IncomingMessage and a ServerResponse.
// Pipelined requests are answered in order (a response writes only once those before it
// have finished). Malformed input gets 400 (431 for oversized headers) and the connection
// closes; the process never sees an exception for it.
'use strict';

var net = require('net');
var common = require('_http_common');
var errors = require('internal/util/errors');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var IncomingMessage = require('_http_incoming').IncomingMessage;
var HTTPParser = common.HTTPParser;
var STATUS_CODES = common.STATUS_CODES;

function ServerResponse(req) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(^|,)\s*chunked\s*(,|$)/i.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.assignSocket = function (socket) {
  socket._httpMessage = this;
  this.socket = socket;
  var self = this;
  socket.on('close', onServerResponseClose);
  this.emit('socket', socket);
  if (this.outputData.length) this._flushOutput(socket);
  if (this.finished && this.outputSize === 0) this._finish();
};

function onServerResponseClose() {
  if (this._httpMessage) {
    var res = this._httpMessage;
    if (!res.writableFinished) res.destroyed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.detachSocket = function (socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function (cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function (statusCode, reason, obj) {
  if (this._header) throw errors.coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  var originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw errors.coded(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + originalStatusCode);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    obj = reason;
  }
  this.statusCode = statusCode;
  var headers;
  if (this._headers) {
    if (obj && !Array.isArray(obj)) for (var k in obj) if (k) this.setHeader(k, obj[k]);
    else if (Array.isArray(obj)) {
      for (var i = 0; i + 1 < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
    }
    headers = this._headers;
  } else {
    headers = obj;
  }
  if (/[\r\n]/.test(this.statusMessage)) {
    throw errors.coded(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + '\r\n', headers);
  return this;
};

ServerResponse.prototype._finish = function () {
  OutgoingMessage.prototype._finish.call(this);
};

// --- Server ---

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  options = options || {};
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay !== false, keepAlive: !!options.keepAlive });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.maxHeaderSize = options.maxHeaderSize;
  this.requireHostHeader = options.requireHostHeader !== false;
  this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setTimeout = function (msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// Idle: no request being received and no response still being produced. A response that
// has ended but is still flushing counts as idle too; that socket ends once it is written.
Server.prototype.closeIdleConnections = function () {
  var all = this._all ? this._all.slice() : [];
  for (var i = 0; i < all.length; i++) {
    var socket = all[i];
    var state = socket._httpState;
    if (!state || state.receiving || state.outgoing.length) continue;
    var res = socket._httpMessage;
    if (!res) socket.destroy();
    else if (res.finished) state.endAfter = true;
  }
};

Server.prototype.closeAllConnections = function () {
  var all = this._all ? this._all.slice() : [];
  for (var i = 0; i < all.length; i++) all[i].destroy();
};

Server.prototype.close = function (cb) {
  net.Server.prototype.close.call(this, cb);
  this.closeIdleConnections();
  return this;
};

function connectionListener(socket) {
  var server = this;
  if (!server._all) server._all = [];
  server._all.push(socket);
  var parser = new HTTPParser(HTTPParser.REQUEST);
  if (server.maxHeaderSize) parser.maxHeaderSize = server.maxHeaderSize;
  var state = { outgoing: [], incoming: [], requests: 0, keepAliveTimer: null };
  socket.parser = parser;
  socket._httpState = state;
  if (server.timeout) socket.setTimeout(server.timeout);
  socket.on('timeout', function () {
    var req = state.incoming[0];
    var reqTimeout = req && !req.complete && req.emit('timeout', socket);
    var res = socket._httpMessage;
    var resTimeout = res && res.emit('timeout', socket);
    var serverTimeout = server.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  });

  var req = null;
  parser.onHeadersComplete = function (info) {
    req = new IncomingMessage(socket);
    req.httpVersionMajor = info.versionMajor;
    req.httpVersionMinor = info.versionMinor;
    req.httpVersion = info.versionMajor + '.' + info.versionMinor;
    req.rawHeaders = server.maxHeadersCount ? info.rawHeaders.slice(0, server.maxHeadersCount * 2) : info.rawHeaders;
    req.method = info.method;
    req.url = info.url;
    req.upgrade = info.upgrade;
    req._keepAlive = info.keepAlive;
    state.receiving = true;
    if (state.keepAliveTimer) { clearTimeout(state.keepAliveTimer); state.keepAliveTimer = null; }
    if (info.upgrade) return false;
    if (server.requireHostHeader && info.versionMajor === 1 && info.versionMinor === 1 && !hasHost(info.rawHeaders)) {
      state.badRequest = true;
      return false;
    }
    onRequest(server, socket, state, req);
    return false;
  };
  parser.onBody = function (chunk) { if (req) req._addBody(chunk); };
  parser.onMessageComplete = function (trailers) {
    state.receiving = false;
    if (!req) return;
    var done = req;
    req = null;
    done.rawTrailers = trailers;
    done.complete = true;
    done.push(null);
  };

  function onData(chunk) {
    var ret = parser.execute(chunk);
    if (state.badRequest) {
      socket.removeListener('data', onData);
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', 'latin1');
      return;
    }
    if (ret instanceof Error) {
      socketOnError(server, socket, state, ret);
      return;
    }
    if (parser.upgrade) {
      var head = chunk.slice(ret);
      var upgradeReq = req;
      req = null;
      var event = upgradeReq.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (server.listenerCount(event) > 0) {
        socket.removeListener('data', onData);
        socket.removeListener('end', onEnd);
        socket.parser = null;
        upgradeReq.complete = true;
        server.emit(event, upgradeReq, socket, head);
      } else if (event === 'upgrade') {
        // Without 'upgrade' listeners the request is an ordinary one (node 20).
        parser.upgrade = false;
        parser.paused = false;
        onRequest(server, socket, state, upgradeReq);
        upgradeReq.complete = true;
        upgradeReq.push(null);
        if (head.length) onData(head);
      } else {
        socket.destroy();
      }
    }
  }
  function onEnd() {
    var err = parser.finish();
    if (err) {
      socketOnError(server, socket, state, err);
      return;
    }
    if (state.outgoing.length === 0 && !socket._httpMessage) socket.end();
    else state.endAfter = true;
  }
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', function (e) {
    if (server.listenerCount('clientError') > 0) server.emit('clientError', e, socket);
    else socket.destroy();
  });
  socket.on('close', function () {
    if (state.keepAliveTimer) { clearTimeout(state.keepAliveTimer); state.keepAliveTimer = null; }
    var at = server._all.indexOf(socket);
    if (at !== -1) server._all.splice(at, 1);
    var msgs = state.incoming;
    for (var i = 0; i < msgs.length; i++) {
      if (!msgs[i].complete) {
        msgs[i].aborted = true;
        msgs[i].emit('aborted');
      }
      msgs[i].emit('close');
    }
    state.incoming = [];
  });
}

function hasHost(raw) {
  for (var i = 0; i < raw.length; i += 2) if (raw[i].length === 4 && raw[i].toLowerCase() === 'host') return true;
  return false;
}

function socketOnError(server, socket, state, err) {
  socket.removeAllListeners('data');
  socket.on('data', function () {});
  if (server.listenerCount('clientError') > 0) {
    err.rawPacket = undefined;
    server.emit('clientError', err, socket);
    return;
  }
  if (socket.writable && (!socket._httpMessage || !socket._httpMessage.headersSent)) {
    var response = err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
      : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
    socket.end(response, 'latin1');
    socket.once('finish', function () { socket.destroy(); });
  } else {
    socket.destroy();
  }
}

function onRequest(server, socket, state, req) {
  state.incoming.push(req);
  state.requests++;
  var res = new ServerResponse(req);
  res.shouldKeepAlive = req._keepAlive && res.shouldKeepAlive !== false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 0) {
    res.shouldKeepAlive = req._keepAlive;
  }
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (server.maxRequestsPerSocket && state.requests >= server.maxRequestsPerSocket) res.maxRequestsOnConnectionReached = true;
  if (socket._httpMessage || state.outgoing.length) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', function () {
    var at = state.incoming.indexOf(req);
    if (at !== -1) state.incoming.splice(at, 1);
    if (!req.readableEnded && !req._consuming) req._dump();
    else if (!req.complete) req._dump();
    res.detachSocket(socket);
    process.nextTick(function () {
      res.emit('close');
      req.emit('close');
    });
    if (res._last || (state.endAfter && state.outgoing.length === 0)) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    } else if (state.outgoing.length === 0) {
      if (server.keepAliveTimeout && !socket.destroyed) {
        state.keepAliveTimer = setTimeout(function () { socket.destroy(); }, server.keepAliveTimeout);
        if (state.keepAliveTimer.unref) state.keepAliveTimer.unref();
      }
    } else {
      state.outgoing.shift().assignSocket(socket);
    }
  });

  var expect = req.headers.expect;
  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (/(^|\s)100-continue($|\s)/i.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) server.emit('checkContinue', req, res);
      else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
}

module.exports = { Server: Server, ServerResponse: ServerResponse, STATUS_CODES: STATUS_CODES, _connectionListener: connectionListener };
