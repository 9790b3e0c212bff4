// Our HTTP/1.1 message parser (RFC 9112), fed bytes as they arrive, in the role node's
// llhttp binding plays: start line and headers (with a size limit), then a body framed by
// Content-Length, chunked transfer coding (with trailers) or the end of the connection.
// execute(buffer) returns the bytes it consumed, or an Error whose code is llhttp's
// (HPE_INVALID_METHOD, HPE_HEADER_OVERFLOW, ...). After an Upgrade/CONNECT head it stops
// and sets `upgrade`, leaving the rest of the buffer to the caller.
'use strict';

var REQUEST = 1;
var RESPONSE = 2;
var kMaxHeaderSize = 16384;

var tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var headerValueRe = /[^\t\x20-\x7e\x80-\xff]/;
var methods = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE',
  'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
var methodSet = {};
methods.forEach(function (m) { methodSet[m] = true; });

function parseError(code, reason) {
  var err = new Error('Parse Error: ' + reason);
  err.code = code;
  err.reason = reason;
  return err;
}

function HTTPParser(kind) {
  this.kind = kind;
  this.maxHeaderSize = kMaxHeaderSize;
  this.onHeadersComplete = null;
  this.onBody = null;
  this.onMessageComplete = null;
  this.isHeadResponse = false;
  this.reinitialize();
}

HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;
HTTPParser.methods = methods;

HTTPParser.prototype.reinitialize = function () {
  this.state = 'head';
  this.head = '';
  this.remaining = 0;
  this.upgrade = false;
  this.trailerText = '';
  this.paused = false;
  this.info = null;
};

// Consumes as much of buf as makes sense; returns the count, or an Error.
HTTPParser.prototype.execute = function (buf) {
  var pos = 0;
  var len = buf.length;
  while (pos < len && !this.paused) {
    var state = this.state;
    if (state === 'head') {
      var prior = this.head.length;
      this.head += buf.toString('latin1', pos, len);
      // Leading blank lines before a message are ignored (RFC 9112 2.2).
      if (prior === 0) {
        var lead = 0;
        while (lead < this.head.length && (this.head.charCodeAt(lead) === 13 || this.head.charCodeAt(lead) === 10)) lead++;
        if (lead) { this.head = this.head.slice(lead); prior = -lead; }
      }
      var end = this.head.indexOf('\r\n\r\n', prior > 3 ? prior - 3 : 0);
      var headerEnd = end + 4;
      if (end === -1) {
        end = this.head.indexOf('\n\n', prior > 1 ? prior - 1 : 0);
        headerEnd = end + 2;
      }
      if (end === -1) {
        if (this.head.length > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', 'Header overflow');
        // llhttp rejects a request whose method cannot be any method as soon as the bytes arrive.
        if (this.kind === REQUEST && !couldBeMethod(this.head)) return parseError('HPE_INVALID_METHOD', 'Invalid method encountered');
        return len;
      }
      if (end > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', 'Header overflow');
      var used = headerEnd - prior;
      var text = this.head.slice(0, end);
      this.head = '';
      var err = this.parseHead(text);
      if (err) return err;
      pos += used;
      if (this.upgrade) return pos;
      if (this.state === 'head') this.messageComplete(null);
    } else if (state === 'body') {
      var n = Math.min(this.remaining, len - pos);
      this.remaining -= n;
      var chunk = buf.slice(pos, pos + n);
      pos += n;
      if (this.onBody) this.onBody(chunk);
      if (this.remaining === 0) { this.state = 'head'; this.messageComplete(null); }
    } else if (state === 'eof') {
      if (this.onBody) this.onBody(buf.slice(pos, len));
      pos = len;
    } else if (state === 'chunk-size') {
      var nl = buf.indexOf(10, pos);
      var piece = buf.toString('latin1', pos, nl === -1 ? len : nl + 1);
      this.head += piece;
      pos += piece.length;
      if (this.head.length > 1024) return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
      if (nl === -1) continue;
      var line = this.head.replace(/\r?\n$/, '');
      this.head = '';
      var semi = line.indexOf(';');
      var hex = (semi === -1 ? line : line.slice(0, semi)).trim();
      if (!/^[0-9a-fA-F]+$/.test(hex)) return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
      var size = parseInt(hex, 16);
      if (size === 0) { this.state = 'trailers'; this.trailerText = ''; }
      else { this.remaining = size; this.state = 'chunk-data'; }
    } else if (state === 'chunk-data') {
      var m = Math.min(this.remaining, len - pos);
      this.remaining -= m;
      var data = buf.slice(pos, pos + m);
      pos += m;
      if (this.onBody) this.onBody(data);
      if (this.remaining === 0) { this.state = 'chunk-crlf'; this.head = ''; }
    } else if (state === 'chunk-crlf') {
      var c = buf[pos++];
      if (c === 13) continue;
      if (c !== 10) return parseError('HPE_STRICT', 'Expected LF after chunk data');
      this.state = 'chunk-size';
    } else if (state === 'trailers') {
      var at = buf.indexOf(10, pos);
      var part = buf.toString('latin1', pos, at === -1 ? len : at + 1);
      this.trailerText += part;
      pos += part.length;
      if (this.trailerText.length > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', 'Header overflow');
      if (at === -1) continue;
      if (/(^|\n)\r?\n$/.test(this.trailerText)) {
        var trailers = parseFields(this.trailerText.replace(/\r?\n\r?\n?$/, ''));
        if (trailers instanceof Error) return trailers;
        this.state = 'head';
        this.messageComplete(trailers);
      }
    } else {
      return parseError('HPE_CLOSED_CONNECTION', 'Data after `Connection: close`');
    }
  }
  return pos;
};

// The connection ended: a body that runs to the end of the connection is complete.
HTTPParser.prototype.finish = function () {
  if (this.state === 'eof') {
    this.state = 'head';
    this.messageComplete(null);
    return null;
  }
  if (this.state === 'head' && this.head.length === 0) return null;
  var eof = parseError('HPE_INVALID_EOF_STATE', '');
  eof.message = 'Parse Error';
  return eof;
};

HTTPParser.prototype.messageComplete = function (trailers) {
  var info = this.info;
  this.info = null;
  if (info && !info.keepAlive) this.state = 'closed';
  if (this.onMessageComplete) this.onMessageComplete(trailers || []);
};

// Raw header lines as node's rawHeaders: [name, value, name, value, ...].
function parseFields(text) {
  var raw = [];
  if (text === '') return raw;
  var lines = text.split(/\r?\n/);
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if ((line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) && raw.length) {
      // Obsolete line folding joins the value to the previous line's.
      raw[raw.length - 1] += ' ' + line.trim();
      continue;
    }
    var colon = line.indexOf(':');
    if (colon <= 0) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    var name = line.slice(0, colon);
    if (!tokenRe.test(name)) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    var value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (headerValueRe.test(value)) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char');
    raw.push(name, value);
  }
  return raw;
}

// Whether the start of a head could still be a request line's method (the bytes up to the first space).
function couldBeMethod(head) {
  var sp = head.indexOf(' ');
  var prefix = sp === -1 ? head : head.slice(0, sp);
  if (sp !== -1) return methodSet[prefix] === true;
  for (var m in methodSet) if (m.lastIndexOf(prefix, 0) === 0) return true;
  return false;
}

HTTPParser.prototype.parseHead = function (text) {
  var eol = text.indexOf('\n');
  var first = (eol === -1 ? text : text.slice(0, eol)).replace(/\r$/, '');
  var info = { method: null, url: null, statusCode: 0, statusMessage: '', versionMajor: 1, versionMinor: 1,
    rawHeaders: null, upgrade: false, keepAlive: true };
  var match;
  if (this.kind === REQUEST) {
    match = /^([^ ]+) ([^ ]+) HTTP\/(\d)\.(\d)$/.exec(first);
    if (!match) {
      var sp = first.indexOf(' ');
      var method = sp === -1 ? first : first.slice(0, sp);
      if (!methodSet[method]) return parseError('HPE_INVALID_METHOD', 'Invalid method encountered');
      var parts = first.split(' ');
      if (parts.length === 3 && /[\x00-\x1f\x7f]/.test(parts[1])) return parseError('HPE_INVALID_URL', 'Invalid char in url path');
      if (parts.length === 3 && /^HTTP\/\d/.test(parts[2]) && !/^HTTP\/\d\./.test(parts[2])) return parseError('HPE_INVALID_VERSION', 'Expected dot');
      if (/^[^ ]+ [^ ]+$/.test(first) || parts.length === 3) return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      return parseError('HPE_INVALID_URL', 'Invalid URL');
    }
    if (!methodSet[match[1]]) return parseError('HPE_INVALID_METHOD', 'Invalid method encountered');
    if (/[\x00-\x20\x7f]/.test(match[2])) return parseError('HPE_INVALID_URL', 'Invalid char in url path');
    // The request line ends with CRLF (llhttp: "Expected CRLF after version").
    if (eol !== -1 && text.charCodeAt(eol - 1) !== 13) return parseError('HPE_INVALID_VERSION', 'Expected CRLF after version');
    info.method = match[1];
    info.url = match[2];
  } else {
    match = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
    if (!match) return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
    info.statusCode = +match[3];
    info.statusMessage = match[4] || '';
    match = [null, null, match[1], match[2]];
  }
  info.versionMajor = +match[2 + (this.kind === REQUEST ? 1 : 0)];
  info.versionMinor = +match[3 + (this.kind === REQUEST ? 1 : 0)];
  if (this.kind !== REQUEST) { info.versionMajor = +match[2]; info.versionMinor = +match[3]; }
  var raw = parseFields(eol === -1 ? '' : text.slice(eol + 1));
  if (raw instanceof Error) return raw;
  info.rawHeaders = raw;

  var contentLength = -1, chunked = false, connection = '', upgradeHeader = false, teLast = false;
  for (var i = 0; i < raw.length; i += 2) {
    var name = raw[i].toLowerCase();
    if (name === 'content-length') {
      var v = raw[i + 1];
      if (!/^\d+$/.test(v)) return parseError('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length');
      if (contentLength !== -1 && contentLength !== +v) return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length');
      contentLength = +v;
      teLast = false;
    } else if (name === 'transfer-encoding') {
      chunked = /(^|,)\s*chunked\s*$/i.test(raw[i + 1]);
      teLast = true;
    } else if (name === 'connection') {
      connection += ',' + raw[i + 1].toLowerCase();
    } else if (name === 'upgrade') {
      upgradeHeader = true;
    }
  }
  // llhttp names whichever of the two came last.
  if (chunked && contentLength !== -1) {
    return teLast ? parseError('HPE_INVALID_TRANSFER_ENCODING', 'Transfer-Encoding can\'t be present with Content-Length')
      : parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Content-Length can\'t be present with Transfer-Encoding');
  }
  var http11 = info.versionMajor === 1 && info.versionMinor >= 1;
  if (/(^|,)\s*close\s*(,|$)/.test(connection)) info.keepAlive = false;
  else if (!http11) info.keepAlive = /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
  var upgrade = (upgradeHeader && /(^|,)\s*upgrade\s*(,|$)/.test(connection)) || info.method === 'CONNECT';
  if (this.kind === RESPONSE && upgrade) upgrade = info.statusCode === 101 || info.method === 'CONNECT';
  info.upgrade = upgrade;

  this.info = info;
  var skipBody = this.onHeadersComplete ? this.onHeadersComplete(info) : false;
  if (this.kind === RESPONSE && this.upgradeExpected && (info.statusCode === 101 || (info.statusCode >= 200 && info.statusCode < 300 && this.connectExpected))) {
    this.upgrade = true;
    return null;
  }
  if (this.kind === REQUEST && upgrade) {
    this.upgrade = true;
    return null;
  }
  var noBody = skipBody || (this.kind === RESPONSE &&
    ((info.statusCode >= 100 && info.statusCode < 200) || info.statusCode === 204 || info.statusCode === 304));
  if (noBody) this.state = 'head';
  else if (chunked) { this.state = 'chunk-size'; this.head = ''; }
  else if (contentLength > 0) { this.state = 'body'; this.remaining = contentLength; }
  else if (contentLength === 0 || this.kind === REQUEST) this.state = 'head';
  else { this.state = 'eof'; info.keepAlive = false; }
  return null;
};

module.exports = { HTTPParser: HTTPParser, kMaxHeaderSize: kMaxHeaderSize, methods: methods };
