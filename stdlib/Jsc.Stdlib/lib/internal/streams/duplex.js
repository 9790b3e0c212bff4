// Duplex: https://nodejs.org/docs/latest-v20.x/api/stream.html#class-streamduplex — a
// Readable that is also a Writable: the prototype chain holds Readable, and Writable's
// methods and getters are copied on. allowHalfOpen: false ends the writable side when the
// readable side ends.
'use strict';

var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var Stream = require('internal/streams/legacy').Stream;
var destroyImpl = require('internal/streams/destroy');

module.exports = Duplex;

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

var methods = Object.keys(Writable.prototype);
for (var i = 0; i < methods.length; i++) {
  var method = methods[i];
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    var hooks = ['read', 'write', 'writev', 'destroy', 'final', 'construct'];
    for (var i = 0; i < hooks.length; i++) {
      if (typeof options[hooks[i]] === 'function') this['_' + hooks[i]] = options[hooks[i]];
    }
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  var self = this;
  if (this._construct != null) {
    destroyImpl.construct(this, function () {
      Readable._onConstructed(self, self._readableState);
      Writable._onConstructed(self, self._writableState);
    });
  }
}

var props = {};
var names = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain'];
for (var j = 0; j < names.length; j++) props[names[j]] = Writable.props[names[j]];
props.destroyed = {
  enumerable: false,
  get: function () {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set: function (value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
};
Object.defineProperties(Duplex.prototype, props);
