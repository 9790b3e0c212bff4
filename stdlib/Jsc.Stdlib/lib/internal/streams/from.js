// Readable.from(iterable) (https://nodejs.org/api/stream.html#streamreadablefromiterable-options):
// a Readable in object mode fed by a sync or async iterable, one item per _read().
'use strict';

var errors = require('internal/streams/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || (typeof Buffer === 'function' && iterable instanceof Buffer)) {
    return new Readable(Object.assign({
      objectMode: true,
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }, opts));
  }
  var isAsync;
  var iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.invalidArgType('iterable', ['Iterable'], iterable);
  }

  var readable = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  // Whether next() is already running: a _read() while it awaits must not start another.
  var reading = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      function () { process.nextTick(cb, error); },
      function (e) { process.nextTick(cb, e || error); });
  };

  async function close(error) {
    var hadError = error !== undefined && error !== null;
    var hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      var thrown = await iterator.throw(error);
      if (thrown.done) return;
    }
    if (typeof iterator.return === 'function') await iterator.return();
  }

  async function next() {
    for (;;) {
      try {
        var result = isAsync ? await iterator.next() : iterator.next();
        if (result.done) {
          readable.push(null);
        } else {
          var value = result.value;
          var res = value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw errors.nullValues();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
