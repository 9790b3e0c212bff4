// The client side of one HTTP exchange on a socket: attaches a ClientRequest to its socket,
// parses the response, reports 'socket hang up' when the connection ends without one, and
// hands a keep-alive socket back to the agent ('free') once request and response are done.
'use strict';

var HTTPParser = require('internal/http/parser').HTTPParser;
var IncomingMessage = require('_http_incoming').IncomingMessage;

function hangUpError() {
  var err = new Error('socket hang up');
  err.code = 'ECONNRESET';
  return err;
}

function tickOnSocket(req, socket) {
  var parser = new HTTPParser(HTTPParser.RESPONSE);
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.upgradeExpected = !!(req.getHeader && (req.getHeader('upgrade') || req.method === 'CONNECT')) || req.method === 'CONNECT';
  parser.connectExpected = req.method === 'CONNECT';

  var res = null;
  parser.onHeadersComplete = function (info) {
    if (info.statusCode === 100 || info.statusCode === 102 || info.statusCode === 103) {
      if (info.statusCode === 100) req.emit('continue');
      else req.emit('information', { statusCode: info.statusCode, statusMessage: info.statusMessage,
        httpVersion: info.versionMajor + '.' + info.versionMinor, rawHeaders: info.rawHeaders });
      return true;
    }
    res = new IncomingMessage(socket);
    res.httpVersionMajor = info.versionMajor;
    res.httpVersionMinor = info.versionMinor;
    res.httpVersion = info.versionMajor + '.' + info.versionMinor;
    res.rawHeaders = info.rawHeaders;
    res.statusCode = info.statusCode;
    res.statusMessage = info.statusMessage;
    res.req = req;
    req.res = res;
    res._keepAlive = info.keepAlive;
    if (parser.upgradeExpected && (info.statusCode === 101 || (req.method === 'CONNECT' && info.statusCode >= 200 && info.statusCode < 300))) {
      res.upgrade = true;
      return true;
    }
    if (req.shouldKeepAlive && !info.keepAlive) req.shouldKeepAlive = false;
    if (req.aborted) return true;
    var skip = req.method === 'HEAD';
    var hasListener = req.emit('response', res);
    if (!hasListener) res._dump();
    return skip;
  };
  parser.onBody = function (chunk) { if (res) res._addBody(chunk); };
  parser.onMessageComplete = function (trailers) {
    if (!res || res.upgrade) return;
    var done = res;
    res = null;
    done.rawTrailers = trailers;
    done.complete = true;
    done.push(null);
    responseOnEnd(req, socket);
  };

  function onData(chunk) {
    var ret = parser.execute(chunk);
    if (ret instanceof Error) {
      socket.removeListener('data', onData);
      req.emit('error', ret);
      socket.destroy();
      return;
    }
    if (parser.upgrade) {
      var upgraded = req.res;
      var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('close', onClose);
      socket.removeListener('error', onError);
      socket._httpMessage = null;
      req.upgradeOrConnect = true;
      if (req.listenerCount(event) > 0) {
        var head = chunk.slice(ret);
        upgraded.complete = true;
        req.emit(event, upgraded, socket, head);
        req.emit('close');
      } else {
        socket.destroy();
      }
    }
  }
  function onEnd() {
    var err = parser.finish();
    if (err && !req.res) {
      req.emit('error', hangUpError());
    } else if (!req.res && !req.destroyed) {
      req.emit('error', hangUpError());
    }
    if (socket.writable) socket.end();
  }
  function onError(err) {
    if (req._hadError) return;
    req._hadError = true;
    req.emit('error', err);
  }
  function onClose() {
    var r = req.res;
    if (r) {
      if (!r.complete) {
        r.aborted = true;
        r.emit('aborted');
        var e = new Error('aborted');
        e.code = 'ECONNRESET';
        r.destroy(e);
        r.on('error', function () {});
      }
      process.nextTick(function () { r.emit('close'); });
    } else if (!req._hadError && !req.upgradeOrConnect) {
      req._hadError = true;
      req.emit('error', req._destroyError || hangUpError());
    }
    req.emit('close');
  }
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('error', onError);
  socket.on('close', onClose);
  req._detach = function () {
    socket.removeListener('data', onData);
    socket.removeListener('end', onEnd);
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
  };

  req.emit('socket', socket);
  // A head stored early (Expect: 100-continue) goes out at once.
  if (req._header && !req._headerSent) req._send('');
  if (req.outputData.length) req._flushOutput(socket);
  if (req.finished && !req.writableFinished) {
    // end() ran before the socket came: 'finish' follows the flushed writes' callbacks.
  }
  if (req.timeout !== undefined && req.timeout !== 0 && !socket._reqTimeoutListener) req.setTimeout(req.timeout);
  if (req.destroyed) socket.destroy(req._destroyError);
}

function responseOnEnd(req, socket) {
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
    return;
  }
  if (req.writableFinished) responseKeepAlive(req, socket);
  else req.once('finish', function () { responseKeepAlive(req, socket); });
}

function responseKeepAlive(req, socket) {
  req._detach();
  if (socket._reqTimeoutListener) socket.removeListener('timeout', socket._reqTimeoutListener);
  socket._reqTimeoutListener = null;
  socket.setTimeout(0);
  socket.parser = null;
  req.emit('close');
  socket.emit('free');
  if (socket._httpMessage === req) socket._httpMessage = null;
}

module.exports = { tickOnSocket: tickOnSocket };
