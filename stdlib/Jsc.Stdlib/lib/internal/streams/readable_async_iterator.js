// readable[Symbol.asyncIterator]() (https://nodejs.org/api/stream.html#readablesymbolasynciterator)
// and readable.iterator(options): `for await (const chunk of readable)` reads chunks as they
// become readable, ends with the stream, throws its error, and destroys it on an early exit.
'use strict';

var Readable = require('internal/streams/readable');
var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');

function nop() {}

async function* createAsyncIterator(stream, options) {
  var callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  // undefined while the stream runs, null once it ended, the error if it failed.
  var error;
  var cleanup = eos(stream, { writable: false }, function (err) {
    error = err ? (error || err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      var chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = error || err;
    throw error;
  } finally {
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.removeListener('readable', next);
      if (typeof cleanup === 'function') cleanup();
    }
  }
}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = new Readable({ objectMode: true }).wrap(stream);
  var iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function (options) {
  return streamToAsyncIterator(this, options);
};

Readable.from = function (iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};
