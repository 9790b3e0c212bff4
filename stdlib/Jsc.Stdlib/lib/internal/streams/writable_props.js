// The Writable state getters: writable, writableLength, writableFinished, writableNeedDrain, ...
// https://nodejs.org/docs/latest-v20.x/api/stream.html#writablewritable
'use strict';

var Writable = require('internal/streams/writable');

function stateGetter(name) {
  return {
    enumerable: false,
    get: function () {
      return this._writableState ? this._writableState[name] : undefined;
    },
  };
}

// Shared with Duplex, which copies them onto its own prototype.
Writable.props = {
  closed: stateGetter('closed'),
  destroyed: {
    enumerable: false,
    get: function () {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set: function (value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    enumerable: false,
    get: function () {
      var w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set: function (val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: stateGetter('finished'),
  writableObjectMode: stateGetter('objectMode'),
  writableBuffer: {
    enumerable: false,
    get: function () {
      return this._writableState && this._writableState.getBuffer();
    },
  },
  writableEnded: stateGetter('ending'),
  writableNeedDrain: {
    enumerable: false,
    get: function () {
      var w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: stateGetter('highWaterMark'),
  writableCorked: {
    enumerable: false,
    get: function () {
      return this._writableState ? this._writableState.corked : 0;
    },
  },
  writableLength: stateGetter('length'),
  errored: {
    enumerable: false,
    get: function () {
      return this._writableState ? this._writableState.errored : null;
    },
  },
  writableAborted: {
    enumerable: false,
    get: function () {
      var w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};

Object.defineProperties(Writable.prototype, Writable.props);
