// Transform: https://nodejs.org/docs/latest-v20.x/api/stream.html#class-streamtransform — a
// Duplex whose _write hands each chunk to _transform, which pushes the output to the
// readable side. While the readable side is full, the write callback waits for the next
// _read. end() runs _flush (through _final) and then pushes EOF.
'use strict';

var Duplex = require('internal/streams/duplex');
var hwm = require('internal/streams/state');
var errors = require('internal/streams/errors');

var kCallback = Symbol('kCallback');

module.exports = Transform;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // With a zero readable highWaterMark the writable side must not buffer either.
  var readableHighWaterMark = options ? hwm.getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = Object.assign({}, options, {
      highWaterMark: null,
      readableHighWaterMark: readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    });
  }
  Duplex.call(this, options);
  // The readable side emits 'readable' at once: pushes come from _write, never from _read.
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// A subclass that replaced _final still gets its flush when the writable side finishes.
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw errors.methodNotImplemented('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this;
  var rState = this._readableState;
  var wState = this._writableState;
  var length = rState.length;
  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) self.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      self[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    var callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
