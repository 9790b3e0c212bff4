// stream.finished(stream[, options], callback):
// https://nodejs.org/docs/latest-v20.x/api/stream.html#streamfinishedstream-options-callback.
// Calls back once when the stream has ended (readable side) and finished (writable side),
// with the error if it failed, or ERR_STREAM_PREMATURE_CLOSE if it closed before either.
// Streams that will emit 'close' themselves are reported on 'close', after their last event.
'use strict';

var errors = require('internal/streams/errors');
var u = require('internal/streams/utils');

function nop() {}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', ['object'], options);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', ['function'], callback);
  if (!u.isNodeStream(stream)) throw errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);

  var called = false;
  var userCallback = callback;
  callback = function (err) {
    if (called) return;
    called = true;
    userCallback.apply(this, arguments);
  };

  var readable = options.readable != null ? options.readable : u.isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : u.isWritableNodeStream(stream);
  var wState = stream._writableState;
  var rState = stream._readableState;

  var onlegacyfinish = function () {
    if (!stream.writable) onfinish();
  };

  var willEmitClose = u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;

  var writableFinished = u.isWritableFinished(stream, false);
  var onfinish = function () {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  var readableFinished = u.isReadableFinished(stream, false);
  var onend = function () {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  var onerror = function (err) {
    callback.call(stream, err);
  };

  var closed = u.isClosed(stream);

  var onclose = function () {
    closed = true;
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true)) {
      if (!u.isReadableFinished(stream, false)) return callback.call(stream, errors.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!u.isWritableFinished(stream, false)) return callback.call(stream, errors.prematureClose());
    }
    callback.call(stream);
  };

  var onclosed = function () {
    closed = true;
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  if (writable && !wState) {
    // An old-style writable: it is done when it stops being writable.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || u.isReadable(stream)) &&
             (writableFinished || u.isWritable(stream) === false) &&
             (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || u.isWritable(stream)) &&
             (readableFinished || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  }

  return function cleanup() {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
}

module.exports = eos;
