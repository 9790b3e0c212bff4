// fs.watch (FSWatcher, events from the binding's FileSystemWatcher handle) and
// fs.watchFile/unwatchFile (StatWatcher: polls stat on an interval timer of the event loop
// and emits 'change' (curr, prev) when the file's stat changes, as libuv's fs_poll does).
'use strict';

var EventEmitter = require('events');
var binding = require('internal/fs');
var utils = require('internal/fs/utils');

// --- fs.watch -----------------------------------------------------------------------------

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = null;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype._start = function (filename, persistent, recursive) {
  var self = this;
  try {
    this._handle = binding.watch(filename, recursive, persistent, function (eventType, name) {
      self.emit('change', eventType, name);
    });
  } catch (err) {
    err.filename = filename;
    throw err;
  }
};

FSWatcher.prototype.close = function () {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

FSWatcher.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = utils.getOptions(options);
  var persistent = options.persistent === undefined ? true : Boolean(options.persistent);
  var recursive = Boolean(options.recursive);
  filename = utils.getValidatedPath(filename);
  var watcher = new FSWatcher();
  watcher._start(filename, persistent, recursive);
  if (listener) watcher.addListener('change', listener);
  return watcher;
}

// --- fs.watchFile -------------------------------------------------------------------------

function StatWatcher() {
  EventEmitter.call(this);
  this._timer = null;
  this._refs = 0;
  this._last = null;
  this._lastError = null;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function statOrError(filename) {
  try {
    return { values: binding.stat(filename), code: null };
  } catch (err) {
    return { values: utils.zeroStats, code: err.code || 'UNKNOWN' };
  }
}

// What libuv compares between two polls.
function sameStat(a, b) {
  var fields = [0, 1, 3, 4, 7, 8, 12, 11, 13];
  for (var i = 0; i < fields.length; i++) if (a[fields[i]] !== b[fields[i]]) return false;
  return true;
}

StatWatcher.prototype._start = function (filename, persistent, interval) {
  var self = this;
  var first = statOrError(filename);
  this._last = first.values;
  this._lastError = first.code;
  // libuv reports a first failed stat at once (curr and prev both zero); a good one only sets the baseline.
  if (first.code !== null) {
    setImmediate(function () {
      if (self._timer !== null) self.emit('change', utils.statsFromValues(utils.zeroStats), utils.statsFromValues(utils.zeroStats));
    });
  }
  this._timer = setInterval(function () {
    var next = statOrError(filename);
    var changed = next.code !== null
      ? next.code !== self._lastError
      : self._lastError !== null || !sameStat(next.values, self._last);
    var previous = self._last;
    self._last = next.values;
    self._lastError = next.code;
    if (changed) self.emit('change', utils.statsFromValues(next.values), utils.statsFromValues(previous));
  }, interval);
  if (!persistent) this._timer.unref();
};

StatWatcher.prototype.stop = function () {
  if (this._timer === null) return;
  clearInterval(this._timer);
  this._timer = null;
  var self = this;
  process.nextTick(function () { self.emit('stop'); });
};

StatWatcher.prototype.ref = function () {
  if (this._timer) this._timer.ref();
  return this;
};

StatWatcher.prototype.unref = function () {
  if (this._timer) this._timer.unref();
  return this;
};

// Keyed by resolved path (a plain object: this runtime has no Map yet).
var statWatchers = Object.create(null);

function watchFile(filename, options, listener) {
  filename = utils.resolvePath(utils.getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = Object.assign({ interval: 5007, persistent: true }, options);
  utils.validateFunction(listener, 'listener');
  var stat = statWatchers[filename];
  if (stat === undefined) {
    stat = new StatWatcher();
    stat._start(filename, options.persistent, options.interval);
    statWatchers[filename] = stat;
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = utils.resolvePath(utils.getValidatedPath(filename));
  var stat = statWatchers[filename];
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    delete statWatchers[filename];
  }
}

module.exports = {
  FSWatcher: FSWatcher,
  StatWatcher: StatWatcher,
  watch: watch,
  watchFile: watchFile,
  unwatchFile: unwatchFile
};
