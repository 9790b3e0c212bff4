// The Readable state getters: readable, readableFlowing, readableLength, readableEnded, ...
// https://nodejs.org/docs/latest-v20.x/api/stream.html#readablereadable
'use strict';

var Readable = require('internal/streams/readable');

function stateGetter(name) {
  return {
    enumerable: false,
    get: function () {
      return this._readableState ? this._readableState[name] : undefined;
    },
  };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    enumerable: false,
    get: function () {
      var r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set: function (val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: stateGetter('dataEmitted'),
  readableAborted: {
    enumerable: false,
    get: function () {
      var r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: stateGetter('highWaterMark'),
  readableBuffer: stateGetter('buffer'),
  readableFlowing: {
    enumerable: false,
    get: function () {
      return this._readableState.flowing;
    },
    set: function (state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: stateGetter('length'),
  readableObjectMode: stateGetter('objectMode'),
  readableEncoding: stateGetter('encoding'),
  errored: stateGetter('errored'),
  closed: stateGetter('closed'),
  destroyed: {
    enumerable: false,
    get: function () {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set: function (value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: stateGetter('endEmitted'),
});
