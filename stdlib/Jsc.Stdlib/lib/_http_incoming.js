// http.IncomingMessage (https://nodejs.org/docs/v0.8.16/api/http.html#http_http_incomingmessage):
// a request on the server or a response on the client, as a Readable of its body. Headers are
// kept raw and turned into node's lowercased object on first use (duplicates joined the way
// node joins them).
'use strict';

var Readable = require('stream').Readable;

function IncomingMessage(socket) {
  Readable.call(this, { autoDestroy: false });
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._headers = null;
  this._trailers = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get: function () {
    if (!this._headers) this._headers = toHeaders(this.rawHeaders);
    return this._headers;
  },
  set: function (v) { this._headers = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get: function () {
    if (!this._trailers) this._trailers = toHeaders(this.rawTrailers);
    return this._trailers;
  },
  set: function (v) { this._trailers = v; }
});

// Only the first of these is kept (node's matchKnownFields drop list).
var firstWins = {
  'content-type': true, 'content-length': true, 'user-agent': true, 'referer': true, 'host': true,
  'authorization': true, 'proxy-authorization': true, 'if-modified-since': true,
  'if-unmodified-since': true, 'from': true, 'location': true, 'max-forwards': true,
  'retry-after': true, 'etag': true, 'last-modified': true, 'server': true, 'age': true, 'expires': true
};

function toHeaders(raw) {
  var headers = {};
  for (var i = 0; i < raw.length; i += 2) {
    var name = raw[i].toLowerCase();
    var value = raw[i + 1];
    var existing = headers[name];
    if (existing === undefined) {
      headers[name] = name === 'set-cookie' ? [value] : value;
    } else if (name === 'set-cookie') {
      existing.push(value);
    } else if (firstWins[name]) {
      // keep the first
    } else if (name === 'cookie') {
      headers[name] = existing + '; ' + value;
    } else {
      headers[name] = existing + ', ' + value;
    }
  }
  return headers;
}

IncomingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// Reading resumes the socket that backpressure paused.
IncomingMessage.prototype._read = function () {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable && this._paused) {
    this._paused = false;
    this.socket.resume();
  }
};

IncomingMessage.prototype._addBody = function (chunk) {
  if (this._dumped) return;
  if (!this.push(chunk) && this.socket && !this._paused) {
    this._paused = true;
    this.socket.pause();
  }
};

IncomingMessage.prototype._destroy = function (err, cb) {
  if (!this.readableEnded || !this.complete) this.aborted = true;
  if (this.socket && !this.socket.destroyed && !this.complete && err) this.socket.destroy(err);
  cb(err);
};

// Reads and discards a body nobody consumes, so the connection can go on.
IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
    if (this._paused) { this._paused = false; this.socket.resume(); }
  }
};

module.exports = { IncomingMessage: IncomingMessage, toHeaders: toHeaders };
