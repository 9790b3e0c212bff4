// zlib: https://nodejs.org/docs/v0.8.16/api/zlib.html, with node 20's option checks, errors
// and additions (zlib.constants, crc32, maxOutputLength, info). Each class is a Transform
// stream over a handle from the C# binding (internal/zlib), which runs the machine's zlib:
// every documented option (level, strategy, chunkSize, windowBits, memLevel, dictionary,
// flush, finishFlush) reaches zlib as node passes it. Brotli (not in v0.8) is not provided.
'use strict';

var binding = require('internal/zlib');
var Transform = require('stream').Transform;
var finished = require('stream').finished;
var Buffer = require('buffer').Buffer;
var kMaxLength = require('buffer').kMaxLength;

var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: versionNumber(binding.ZLIB_VERSION),
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1
};

// ZLIB_VERNUM as zlib.h spells it: "1.2.13" is 0x12d0.
function versionNumber(text) {
  var parts = text.split('.').map(function (p) { return parseInt(p, 10) || 0; });
  return (parts[0] << 12) | ((parts[1] || 0) << 8) | ((parts[2] || 0) << 4) | (parts[3] || 0);
}

var codes = {};
var codeNames = ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
  'Z_BUF_ERROR', 'Z_VERSION_ERROR'];
codeNames.forEach(function (name) { codes[name] = constants[name]; });
codeNames.forEach(function (name) { codes[constants[name]] = name; });

// --- Argument checks (node 20's messages) ---

function makeError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  Object.defineProperty(err, 'name', { value: Ctor.name + ' [' + code + ']', configurable: true, writable: true });
  err.stack; // eslint-disable-line no-unused-expressions
  delete err.name;
  return err;
}

function invalidArgType(name, expected, actual) {
  var kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + kind + ' must be ' + expected + '. Received ' + binding.describe(actual));
}

function outOfRange(name, range, value) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + formatNumber(value));
}

function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) <= 4294967296) return String(value);
  var s = String(Math.abs(value)), out = '';
  while (s.length > 3) { out = '_' + s.slice(-3) + out; s = s.slice(0, -3); }
  return (value < 0 ? '-' : '') + s + out;
}

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw invalidArgType(name, 'of type number', number);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
  return number;
}

function isArrayBufferView(value) { return ArrayBuffer.isView(value); }
function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// --- The streams ---

var kFlushFlag = Symbol('kFlushFlag');
var kError = Symbol('kError');

function ZlibBase(opts, mode, handle, defaults) {
  var chunkSize = constants.Z_DEFAULT_CHUNK;
  var maxOutputLength = kMaxLength;
  var flush = defaults.flush;
  var finishFlush = defaults.finishFlush;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = constants.Z_DEFAULT_CHUNK;
    else if (chunkSize < constants.Z_MIN_CHUNK) throw outOfRange('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', constants.Z_NO_FLUSH, constants.Z_BLOCK, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', constants.Z_NO_FLUSH, constants.Z_BLOCK, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = Object.assign({}, opts, { encoding: null, objectMode: false, writableObjectMode: false });
    }
  }
  Transform.call(this, Object.assign({ autoDestroy: true }, opts));
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle(Math.floor(chunkSize));
  this._chunkSize = Math.floor(chunkSize);
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = defaults.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true, enumerable: true,
  get: function () { return !this._handle; }
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true, enumerable: true,
  get: function () { return this.bytesWritten; },
  set: function (value) { this.bytesWritten = value; }
});

ZlibBase.prototype.reset = function () {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    var marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  var flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets finishFlush (the flush values are ordered, Z_FINISH highest but Z_BLOCK).
  if (this.writableEnded && this.writableLength === chunk.byteLength) flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

var flushiness = [0, 1, 3, 4, 5, 2]; // Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH
function maxFlush(a, b) { return flushiness[a] > flushiness[b] ? a : b; }

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// Node runs zlib on the thread pool and delivers its output on a later turn of the loop;
// this does the work at once and delivers it the same way.
function processChunk(self, chunk, flushFlag, cb) {
  var handle = self._handle;
  if (!handle) { process.nextTick(cb); return; }
  var out, error = null;
  try { out = handle.write(flushFlag, toUint8(chunk)); } catch (e) { error = e; }
  setImmediate(function () {
    if (self.destroyed) { cb(); return; }
    if (error) {
      self[kError] = error;
      self.destroy(error);
      return;
    }
    self.bytesWritten += chunk.byteLength;
    for (var i = 0; i < out.length; i++) self.push(out[i]);
    cb();
  });
}

function processChunkSync(self, chunk, flushFlag) {
  var handle = self._handle;
  if (!handle) throw new Error('zlib binding closed');
  var out;
  try {
    out = handle.write(flushFlag, toUint8(chunk));
  } catch (e) {
    closeHandle(self);
    throw e;
  }
  self.bytesWritten = chunk.byteLength;
  var total = 0;
  for (var i = 0; i < out.length; i++) total += out[i].length;
  if (total > self._maxOutputLength) {
    closeHandle(self);
    throw makeError(RangeError, 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than ' + self._maxOutputLength + ' bytes');
  }
  closeHandle(self);
  return out.length === 1 ? out[0] : Buffer.concat(out, total);
}

var zlibDefaults = { flush: constants.Z_NO_FLUSH, finishFlush: constants.Z_FINISH, fullFlush: constants.Z_FULL_FLUSH };

function Zlib(opts, mode) {
  var windowBits = constants.Z_DEFAULT_WINDOWBITS;
  var level = constants.Z_DEFAULT_COMPRESSION;
  var memLevel = constants.Z_DEFAULT_MEMLEVEL;
  var strategy = constants.Z_DEFAULT_STRATEGY;
  var dictionary;
  if (opts) {
    // For decompression, windowBits 0 means "the size in the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      var min = constants.Z_MIN_WINDOWBITS + (mode === constants.GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) dictionary = Buffer.from(dictionary);
      else throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
    }
    if (dictionary !== undefined) dictionary = toUint8(dictionary);
  }
  // Deflating with windowBits 8 is done with 9 by zlib itself (a raw deflate refuses 8).
  if (windowBits === 8 && mode === constants.DEFLATERAW) windowBits = 9;
  ZlibBase.call(this, opts, mode, function (chunkSize) {
    return binding.open(mode, level, windowBits, memLevel, strategy, chunkSize, dictionary);
  }, zlibDefaults);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    var self = this;
    this.flush(constants.Z_SYNC_FLUSH, function () {
      if (!self._handle) throw new Error('zlib binding closed');
      self._handle.params(level, strategy);
      if (!self.destroyed) {
        self._level = level;
        self._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function defineClass(name, mode) {
  var ctor = function (opts) {
    if (!(this instanceof ctor)) return new ctor(opts);
    Zlib.call(this, opts, mode);
  };
  Object.defineProperty(ctor, 'name', { value: name });
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

var Deflate = defineClass('Deflate', constants.DEFLATE);
var Inflate = defineClass('Inflate', constants.INFLATE);
var Gzip = defineClass('Gzip', constants.GZIP);
var Gunzip = defineClass('Gunzip', constants.GUNZIP);
var DeflateRaw = defineClass('DeflateRaw', constants.DEFLATERAW);
var InflateRaw = defineClass('InflateRaw', constants.INFLATERAW);
var Unzip = defineClass('Unzip', constants.UNZIP);

// --- One-shot functions ---

function zlibBuffer(engine, buffer, callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  if (isArrayBufferView(buffer)) buffer = toUint8(buffer);
  else if (isAnyArrayBuffer(buffer)) buffer = Buffer.from(buffer);
  var buffers = [];
  var nread = 0;
  engine.on('data', function (chunk) {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(makeError(RangeError, 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than ' + engine._maxOutputLength + ' bytes'));
    }
  });
  engine.on('error', function (err) {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function () {
    var result = Buffer.concat(buffers, nread);
    engine.close();
    callback(null, engine._info ? { buffer: result, engine: engine } : result);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) buffer = Buffer.from(buffer);
    else throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
  }
  var result = processChunkSync(engine, buffer, engine._finishFlushFlag);
  return engine._info ? { buffer: result, engine: engine } : result;
}

function convenience(Ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) { return zlibBufferSync(new Ctor(opts), buffer); };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

function crc32(data, value) {
  if (value === undefined) value = 0;
  if (typeof data !== 'string' && !isArrayBufferView(data)) throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
    throw outOfRange('value', 'an integer', value);
  }
  if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 and <= 4294967295', value);
  return binding.crc32(typeof data === 'string' ? data : toUint8(data), value);
}

module.exports = {
  crc32: crc32,
  Deflate: Deflate, Inflate: Inflate, Gzip: Gzip, Gunzip: Gunzip,
  DeflateRaw: DeflateRaw, InflateRaw: InflateRaw, Unzip: Unzip,
  deflate: convenience(Deflate, false), deflateSync: convenience(Deflate, true),
  gzip: convenience(Gzip, false), gzipSync: convenience(Gzip, true),
  deflateRaw: convenience(DeflateRaw, false), deflateRawSync: convenience(DeflateRaw, true),
  unzip: convenience(Unzip, false), unzipSync: convenience(Unzip, true),
  inflate: convenience(Inflate, false), inflateSync: convenience(Inflate, true),
  gunzip: convenience(Gunzip, false), gunzipSync: convenience(Gunzip, true),
  inflateRaw: convenience(InflateRaw, false), inflateRawSync: convenience(InflateRaw, true)
};

[['createDeflate', Deflate], ['createInflate', Inflate], ['createDeflateRaw', DeflateRaw],
  ['createInflateRaw', InflateRaw], ['createGzip', Gzip], ['createGunzip', Gunzip],
  ['createUnzip', Unzip]].forEach(function (pair) {
  var Ctor = pair[1];
  Object.defineProperty(module.exports, pair[0], {
    configurable: true, enumerable: true, writable: true,
    value: function (options) { return new Ctor(options); }
  });
});

Object.defineProperty(module.exports, 'constants', { configurable: false, enumerable: true, value: constants });
Object.defineProperty(module.exports, 'codes', { enumerable: true, writable: false, value: Object.freeze(codes) });

// The v0.8 names: every constant on the module itself, read-only and not enumerable.
Object.keys(constants).forEach(function (name) {
  Object.defineProperty(module.exports, name, { enumerable: false, value: constants[name], writable: false });
});

// zlib.h constants the v0.8 manual lists that node 20 no longer exports (data types, the
// deflate method, Z_NULL and Z_TREES): on the module only, as in v0.8.
[['Z_TREES', 6], ['Z_BINARY', 0], ['Z_TEXT', 1], ['Z_ASCII', 1], ['Z_UNKNOWN', 2], ['Z_DEFLATED', 8], ['Z_NULL', 0]]
  .forEach(function (pair) {
    Object.defineProperty(module.exports, pair[0], { enumerable: false, value: pair[1], writable: false });
  });
