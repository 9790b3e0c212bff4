// Readable: https://nodejs.org/docs/latest-v20.x/api/stream.html#readable-streams (the v0.8
// 'data'/'end'/pause/resume/pipe API included). Chunks wait in `state.buffer` until read();
// the stream is paused (flowing null or false: read() or 'readable' pull them) or flowing
// (resume() or a 'data' listener: flow() reads until empty). _read is asked for more while
// the buffer holds less than highWaterMark. Events that node defers go through
// process.nextTick in the same places, so listeners see node's order.
'use strict';

var legacy = require('internal/streams/legacy');
var Stream = legacy.Stream;
var destroyImpl = require('internal/streams/destroy');
var errors = require('internal/streams/errors');
var hwm = require('internal/streams/state');

var kPaused = Symbol('kPaused');

module.exports = Readable;
Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function nop() {}

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = options
    ? hwm.getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex)
    : hwm.getDefaultHighWaterMark(false);
  // Chunks from buffer[bufferIndex] on; read() advances the index instead of shifting.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // True while _read runs (or before the first one): push() then defers 'readable'.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  var defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf-8') defaultEncoding = 'utf8';
  else if (!hwm.isEncoding(defaultEncoding)) throw errors.unknownEncoding(defaultEncoding);
  this.defaultEncoding = defaultEncoding;
  // The pipe destinations whose write() returned false: one stream, or an array of several.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.dataListening = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = hwm.makeDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  if (this._construct != null) {
    destroyImpl.construct(this, function () {
      onConstructed(self, self._readableState);
    });
  }
}

function onConstructed(stream, state) {
  if (state.needReadable) maybeReadMore(stream, state);
}
Readable._onConstructed = onConstructed;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};

// readable.push(chunk[, encoding]): adds to the buffer; false once it holds highWaterMark.
Readable.prototype.push = function (chunk, encoding) {
  var state = this._readableState;
  return state.objectMode ? pushObject(this, state, chunk, encoding) : pushBytes(this, state, chunk, encoding);
};

Readable.prototype.unshift = function (chunk, encoding) {
  var state = this._readableState;
  return state.objectMode ? unshiftObject(this, state, chunk) : unshiftBytes(this, state, chunk, encoding);
};

function pushEof(stream, state) {
  state.reading = false;
  onEofChunk(stream, state);
  return false;
}

// A non-object chunk as a Buffer (or a string already in the stream's encoding); undefined
// after reporting a chunk of the wrong type.
function invalidChunk(stream, chunk) {
  destroyImpl.errorOrDestroy(stream, errors.invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
  return false;
}

function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) return pushEof(stream, state);
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (hwm.isBuffer(chunk)) {
    encoding = '';
  } else if (hwm.isUint8Array(chunk)) {
    chunk = hwm.toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    return invalidChunk(stream, chunk);
  }
  if (!chunk || chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    destroyImpl.errorOrDestroy(stream, errors.pushAfterEof());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) return pushEof(stream, state);
  if (state.ended) {
    destroyImpl.errorOrDestroy(stream, errors.pushAfterEof());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) return pushEof(stream, state);
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      if (state.encoding) chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      else chunk = Buffer.from(chunk, encoding);
    }
  } else if (hwm.isUint8Array(chunk) && !hwm.isBuffer(chunk)) {
    chunk = hwm.toBuffer(chunk);
  } else if (chunk !== undefined && !hwm.isBuffer(chunk)) {
    return invalidChunk(stream, chunk);
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) return pushEof(stream, state);
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) destroyImpl.errorOrDestroy(stream, errors.unshiftAfterEnd());
  else if (state.destroyed || state.errored) return false;
  else addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && !state.sync && state.dataListening && state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data'.
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function () {
  var state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

// readable.setEncoding(encoding): chunks become strings; what is buffered is decoded now.
Readable.prototype.setEncoding = function (enc) {
  var state = this._readableState;
  var decoder = hwm.makeDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var content = '';
  for (var i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// The largest highWaterMark read(n) raises it to: the next power of two up to 1 GiB.
var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw errors.invalidArgValue('size', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How many bytes (or objects) read(n) returns from the buffer.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// readable.read([size]): https://nodejs.org/docs/latest-v20.x/api/stream.html#readablereadsize
Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = parseInt(n, 10);
  var state = this._readableState;
  var nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only triggers 'readable' or 'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more when the buffer would drop below highWaterMark.
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      destroyImpl.errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have filled the buffer: recount.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n bytes (or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  var buf = state.buffer;
  var idx = state.bufferIndex;
  var len = buf.length;
  var ret;
  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.concat(buf.slice(idx), state.length);
      idx = len;
    }
  } else if (n < buf[idx].length) {
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else {
    // n spans several chunks.
    var parts = [];
    var want = n;
    while (idx < len && want > 0) {
      var data = buf[idx];
      if (want >= data.length) {
        parts.push(data);
        want -= data.length;
        buf[idx++] = null;
      } else {
        parts.push(data.slice(0, want));
        buf[idx] = data.slice(want);
        want = 0;
      }
    }
    ret = state.decoder ? parts.join('') : Buffer.concat(parts, n);
  }
  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// 'readable' comes on the next tick, once per batch of pushes.
function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// After a push, keep calling _read (on the next tick) until highWaterMark is reached.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break; // _read pushed nothing synchronously
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw errors.methodNotImplemented('_read()');
};

// Adding a 'data' listener resumes the stream; a 'readable' listener pauses it.
Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
  else if (state.dataListening) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

// readable.resume(): flowing mode; 'resume' and the first reads come on the next tick.
Readable.prototype.resume = function () {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // Destroy once the writable side (if any) is done too.
      var w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable._kPaused = kPaused;
Readable._flow = flow;
require('internal/streams/readable_pipe');
require('internal/streams/readable_props');
require('internal/streams/readable_async_iterator');
