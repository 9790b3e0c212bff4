// stream.pipeline(...streams, callback):
// https://nodejs.org/docs/latest-v20.x/api/stream.html#streampipelinesource-transforms-destination-callback.
// Pipes each stream into the next and calls back once, after the last one finished or the
// first error; on an error every stream of the chain that is not done yet is destroyed.
// (Async iterables and generator functions as stages need generators, which Jsc lacks.)
'use strict';

var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var errors = require('internal/streams/errors');
var u = require('internal/streams/utils');

function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () {
    finished = true;
  });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
  });
  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || errors.destroyed('pipe'));
    },
    cleanup: cleanup,
  };
}

function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(errors.prematureClose()); // the destination closed before the source ended
  });
  src.pipe(dst, { end: false });
  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, function (err) {
    var rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended &&
        !rState.errored && !rState.errorEmitted) {
      // 'close' came before 'end' on a source that did end: wait for 'end'.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = streams[streams.length - 1];
  if (typeof callback !== 'function') {
    throw errors.invalidArgType('streams[stream.length - 1]', ['function'], callback);
  }
  streams.pop();
  return pipelineImpl(streams, callback);
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errors.missingArgs('streams');

  var lastStreamCleanup = [];
  var error;
  var destroys = [];
  var finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final) {
      if (!error) lastStreamCleanup.forEach(function (fn) { fn(); });
      process.nextTick(callback, error);
    }
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || !opts || opts.end !== false;
    var isLastStream = i === streams.length - 1;

    if (u.isNodeStream(stream)) {
      if (end) {
        var d = destroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      // Errors that come after the pipe is done still reach the callback.
      var onError = makeOnError(finish);
      stream.on('error', onError);
      if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(removeListener(stream, onError));
    }

    if (i === 0) {
      if (!u.isReadableNodeStream(stream)) {
        throw errors.invalidArgType('source', ['Stream'], stream);
      }
      ret = stream;
    } else if (u.isNodeStream(stream)) {
      if (!u.isReadableNodeStream(ret)) {
        throw errors.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      finishCount += 2;
      var cleanup = pipe(ret, stream, finish, end);
      if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      ret = stream;
    } else {
      throw errors.invalidArgType('streams[' + i + ']', ['Stream'], stream);
    }
  }
  return ret;
}

function makeOnError(finish) {
  return function (err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
  };
}

function removeListener(stream, fn) {
  return function () {
    stream.removeListener('error', fn);
  };
}

module.exports = { pipeline: pipeline, pipelineImpl: pipelineImpl };
