// http.OutgoingMessage: what ServerResponse and ClientRequest share — the header map
// (setHeader/getHeader/removeHeader...), the head rendered on first write, Content-Length or
// chunked framing, trailers, and output kept aside until the message owns its socket.
// https://nodejs.org/docs/v0.8.16/api/http.html, node 20's rules for the implicit headers.
'use strict';

var Stream = require('stream');
var common = require('_http_common');
var errors = require('internal/util/errors');

var CRLF = '\r\n';
var dateCache = null;
var dateSecond = -1;

function utcDate() {
  var now = Date.now();
  var second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateCache = new Date(now).toUTCString();
  }
  return dateCache;
}

function OutgoingMessage() {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._header = null;
  this._headers = null;
  this._keepAliveTimeout = 0;
  this.socket = null;
  this._onPendingData = null;
  this.writableFinished = false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', { get: function () { return !!this._header; } });
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', { get: function () { return this.finished; } });
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  get: function () { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
});

OutgoingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) this.once('socket', function (socket) { socket.setTimeout(msecs); });
  else this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function (error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', function (socket) { socket.destroy(error); });
  return this;
};

// --- headers ---

function headersSentError(action) {
  return errors.coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot ' + action + ' headers after they are sent to the client');
}

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._header) throw headersSentError('set');
  common.validateHeaderName(name);
  common.validateHeaderValue(name, value);
  if (this._headers === null) this._headers = Object.create(null);
  this._headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function (name, value) {
  if (this._header) throw headersSentError('append');
  common.validateHeaderName(name);
  common.validateHeaderValue(name, value);
  var key = name.toLowerCase();
  if (this._headers === null) this._headers = Object.create(null);
  var existing = this._headers[key];
  if (!existing) this._headers[key] = [name, value];
  else existing[1] = [].concat(existing[1], value);
  return this;
};

OutgoingMessage.prototype.getHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'of type string', name);
  if (this._headers === null) return undefined;
  var entry = this._headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaders = function () {
  var result = Object.create(null);
  if (this._headers) for (var key in this._headers) result[key] = this._headers[key][1];
  return result;
};

OutgoingMessage.prototype.getHeaderNames = function () {
  return this._headers ? Object.keys(this._headers) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function () {
  var names = [];
  if (this._headers) for (var key in this._headers) names.push(this._headers[key][0]);
  return names;
};

OutgoingMessage.prototype.hasHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'of type string', name);
  return !!(this._headers && this._headers[name.toLowerCase()]);
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'of type string', name);
  if (this._header) throw headersSentError('remove');
  var key = name.toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'date') this.sendDate = false;
  if (this._headers) delete this._headers[key];
};

// Renders the head: the given first line, the headers, then the implicit ones node adds.
OutgoingMessage.prototype._storeHeader = function (firstLine, headers) {
  var state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false };
  var header = firstLine;
  var i, key;
  if (headers === this._headers || headers === null || headers === undefined) {
    if (headers) for (key in headers) header = addHeader(this, state, header, headers[key][0], headers[key][1]);
  } else if (Array.isArray(headers)) {
    if (headers.length && Array.isArray(headers[0])) {
      for (i = 0; i < headers.length; i++) header = addHeader(this, state, header, headers[i][0], headers[i][1]);
    } else {
      for (i = 0; i + 1 < headers.length; i += 2) header = addHeader(this, state, header, headers[i], headers[i + 1]);
    }
  } else {
    for (key in headers) header = addHeader(this, state, header, key, headers[key]);
  }

  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + CRLF;

  if (!state.connection && !this._removedConnection) {
    var sendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close' + CRLF;
    } else if (sendKeepAlive) {
      header += 'Connection: keep-alive' + CRLF;
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += 'Keep-Alive: timeout=' + Math.floor(this._keepAliveTimeout / 1000) + CRLF;
      }
    } else {
      this._last = true;
      header += 'Connection: close' + CRLF;
    }
  } else if (!state.connection) {
    if (!this.shouldKeepAlive) this._last = true;
  }

  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + CRLF;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked' + CRLF;
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = header + CRLF;
  this._headerSent = false;
};

function addHeader(self, state, header, name, value) {
  common.validateHeaderName(name);
  if (Array.isArray(value)) {
    // Each value of an array goes on its own line (Set-Cookie and the like).
    for (var j = 0; j < value.length; j++) header = addOne(self, state, header, name, value[j]);
    return header;
  }
  return addOne(self, state, header, name, value);
}

function addOne(self, state, header, name, value) {
  common.validateHeaderValue(name, value);
  header += name + ': ' + value + CRLF;
  var key = name.length < 20 ? name.toLowerCase() : '';
  if (key === 'connection') {
    state.connection = true;
    if (/(^|,)\s*close\s*(,|$)/i.test(value)) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (key === 'transfer-encoding') {
    state.te = true;
    if (/(^|,)\s*chunked\s*$/i.test(value)) self.chunkedEncoding = true;
  } else if (key === 'content-length') {
    state.contLen = true;
  } else if (key === 'date') {
    state.date = true;
  } else if (key === 'expect') {
    state.expect = true;
  } else if (key === 'trailer') {
    state.trailer = true;
  }
  return header;
}

// --- output ---

OutgoingMessage.prototype._writeRaw = function (data, encoding, callback) {
  var conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data: data, encoding: encoding, callback: callback });
  this.outputSize += data.length;
  if (this._onPendingData) this._onPendingData(data.length);
  return this.outputSize < 16384;
};

OutgoingMessage.prototype._send = function (data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      this._writeRaw(this._header, 'latin1', null);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._flushOutput = function (socket) {
  var data = this.outputData;
  this.outputData = [];
  var size = this.outputSize;
  this.outputSize = 0;
  if (this._onPendingData) this._onPendingData(-size);
  var ret = true;
  if (data.length > 1) socket.cork();
  for (var i = 0; i < data.length; i++) ret = socket.write(data[i].data, data[i].encoding, data[i].callback);
  if (data.length > 1) socket.uncork();
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function () {
  if (!this._header) this._implicitHeader();
  this._send('');
};
OutgoingMessage.prototype.flush = OutgoingMessage.prototype.flushHeaders;

function writeError(msg, err, callback) {
  process.nextTick(function () {
    if (typeof callback === 'function') callback(err);
    msg.emit('error', err);
  });
}

OutgoingMessage.prototype.write = function (chunk, encoding, callback) {
  if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  return writeChunk(this, chunk, encoding, callback, false);
};

function writeChunk(msg, chunk, encoding, callback, fromEnd) {
  if (chunk === null) throw errors.coded(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw errors.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  }
  if (msg.finished) {
    writeError(msg, errors.coded(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'), callback);
    return false;
  }
  if (msg.destroyed) return false;
  if (!msg._header) {
    if (fromEnd) msg._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(uncorkSocket, msg.socket);
  }
  var len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  if (msg.chunkedEncoding && len > 0) {
    if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'latin1')) {
      return msg._send(len.toString(16) + CRLF + chunk + CRLF, encoding || 'utf8', callback);
    }
    msg._send(len.toString(16) + CRLF, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send(CRLF, 'latin1', callback);
  }
  if (msg.chunkedEncoding) {
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  return msg._send(chunk, encoding, callback);
}

function uncorkSocket(socket) {
  if (socket.writableCorked) socket.uncork();
}

OutgoingMessage.prototype.addTrailers = function (headers) {
  this._trailer = '';
  var keys = Array.isArray(headers) ? headers : Object.keys(headers);
  for (var i = 0; i < keys.length; i++) {
    var field, value;
    if (Array.isArray(headers)) { field = keys[i][0]; value = keys[i][1]; }
    else { field = keys[i]; value = headers[field]; }
    if (!common.checkIsHttpToken(field)) {
      throw errors.coded(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Trailer name must be a valid HTTP token ["' + field + '"]');
    }
    common.validateHeaderValue(field, value);
    this._trailer += field + ': ' + value + CRLF;
  }
};

OutgoingMessage.prototype.end = function (chunk, encoding, callback) {
  if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
  if (chunk !== null && chunk !== undefined) {
    if (this.finished) {
      writeError(this, errors.coded(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'), callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    writeChunk(this, chunk, encoding, null, true);
    if (this.socket) this.socket.uncork();
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.once('finish', callback);
      else callback(errors.coded(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  var self = this;
  var onFinish = function () { self._onFinishWritten(); };
  if (this._hasBody && this.chunkedEncoding) this._send('0' + CRLF + this._trailer + CRLF, 'latin1', onFinish);
  else this._send('', 'latin1', onFinish);
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._onFinishWritten = function () {
  if (this.writableFinished) return;
  this.writableFinished = true;
  this.emit('finish');
};

OutgoingMessage.prototype._finish = function () {
  this.emit('prefinish');
};

module.exports = { OutgoingMessage: OutgoingMessage, utcDate: utcDate };
