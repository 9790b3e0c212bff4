// events: https://nodejs.org/docs/v0.8.16/api/events.html, with node 20's additions
// (prependListener, off, rawListeners, eventNames, listenerCount). Listeners live in
// `_events`, a null-prototype object holding one function or an array per event, and
// `_eventsCount`, the shape that libraries of every era read directly.
'use strict';

var defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

var kErrorMonitor = Symbol('events.errorMonitor');
var kCapture = Symbol('kCapture');
var kShapeMode = Symbol('shapeMode');

function ownKeys(object) {
  return Object.getOwnPropertyNames(object).concat(Object.getOwnPropertySymbols(object));
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.usingDomains = false;
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    validateCount(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kCapture] = EventEmitter.prototype[kCapture];
};

// Loaded on first use: util's modules require events' users, not events itself.
function errors() {
  return require('internal/util/errors');
}

// validateNumber(n, name, 0): a number, not NaN, at least 0.
function validateCount(n, name) {
  if (typeof n !== 'number') throw errors().invalidArgType(name, 'of type number', n);
  if (n < 0 || n !== n) throw errors().outOfRange(name, '>= 0', n);
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    var err = new TypeError('The "listener" argument must be of type function. Received ' + errors().describeReceived(listener));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateCount(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function argsAfterType(args) {
  var rest = new Array(args.length - 1);
  for (var i = 1; i < args.length; i++) rest[i - 1] = args[i];
  return rest;
}

// One listener with up to three arguments is called directly, without an arguments array.
function callListener(emitter, listener, argc, a, b, c, args) {
  switch (argc) {
    case 1: listener.call(emitter); break;
    case 2: listener.call(emitter, a); break;
    case 3: listener.call(emitter, a, b); break;
    case 4: listener.call(emitter, a, b, c); break;
    default: listener.apply(emitter, args);
  }
}

EventEmitter.prototype.emit = function emit(type, a, b, c) {
  var events = this._events;
  var handler = events !== undefined ? events[type] : undefined;
  var argc = arguments.length;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit.apply(this, [kErrorMonitor].concat(argsAfterType(arguments)));
    }
    if (handler === undefined) {
      if (a instanceof Error) throw a;
      var err = new Error('Unhandled error. (' + require('util').inspect(a) + ')');
      err.code = 'ERR_UNHANDLED_ERROR';
      err.context = a;
      throw err;
    }
  }
  if (handler === undefined) return false;
  var args = argc > 4 ? argsAfterType(arguments) : undefined;
  if (typeof handler === 'function') {
    callListener(this, handler, argc, a, b, c, args);
  } else {
    var listeners = handler.slice();
    for (var j = 0; j < listeners.length; j++) callListener(this, listeners[j], argc, a, b, c, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  var events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  var existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  var max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    var name = target.constructor && target.constructor.name || 'EventEmitter';
    var w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
      ' listeners added to [' + name + ']. MaxListeners is ' + max + '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(target, type, listener) {
  var state = { fired: false, target: target, type: type, listener: listener };
  function wrapped() {
    if (!state.fired) {
      state.target.removeListener(state.type, wrapped);
      state.fired = true;
      return state.listener.apply(state.target, arguments);
    }
  }
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    return this;
  }
  if (typeof list === 'function') return this;
  var position = -1;
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  var removed = list[position];
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    var keys = ownKeys(events);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (var j = listeners.length - 1; j >= 0; j--) this.removeListener(type, listeners[j]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  var copy = new Array(list.length);
  for (var i = 0; i < list.length; i++) copy[i] = unwrap ? list[i].listener || list[i] : list[i];
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type) {
  var events = this._events;
  if (events !== undefined) {
    var list = events[type];
    if (typeof list === 'function') return 1;
    if (list !== undefined) return list.length;
  }
  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ownKeys(this._events) : [];
};

// getEventListeners(emitter, name): a copy of the listeners, unwrapped from once().
EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  if (emitter === null || typeof emitter !== 'object' || typeof emitter.listeners !== 'function') {
    var err = new TypeError('The "emitter" argument must be an instance of EventEmitter or EventTarget. Received ' +
      errors().describeReceived(emitter));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return emitter.listeners(type);
};

// events.once(emitter, name): a promise of the next event's arguments (rejected by 'error').
if (typeof Promise === 'function') {
  EventEmitter.once = function once(emitter, name) {
    return new Promise(function (resolve, reject) {
      function errorListener(err) {
        emitter.removeListener(name, resolver);
        reject(err);
      }
      function resolver() {
        if (name !== 'error') emitter.removeListener('error', errorListener);
        resolve(Array.prototype.slice.call(arguments));
      }
      emitter.once(name, resolver);
      if (name !== 'error') emitter.once('error', errorListener);
    });
  };
}

module.exports = EventEmitter;
