// Runs once per realm before the main module, as node's own bootstrap does: `process`
// becomes an EventEmitter and gains the members written in JavaScript.
'use strict';

var EventEmitter = require('events');

Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);
process.domain = null;

// Object.prototype.toString.call(globalThis) is "[object global]" in node.
Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });

// An exception no code caught: the active domain takes it first (lib/domain.js), then
// 'uncaughtException' listeners. Returns whether it was handled.
process._fatalException = function (er) {
  var domain = process.domain;
  if (domain && typeof domain._errorHandler === 'function' && domain._errorHandler(er)) return true;
  if (process.listenerCount('uncaughtException') === 0) return false;
  process.emit('uncaughtException', er, 'uncaughtException');
  return true;
};

// process.emitWarning: https://nodejs.org/api/process.html#processemitwarningwarning-options
// The 'warning' event fires on the next tick; with no --no-warnings the default listener
// prints `(node:PID) Name: message` and node's hint to stderr.
var warnedHint = false;
process.emitWarning = function emitWarning(warning, type, code) {
  if (type !== null && typeof type === 'object') {
    code = type.code;
    type = type.type;
  }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    warning = w;
  } else if (!(warning instanceof Error)) {
    var err = new TypeError('The "warning" argument must be of type string or an instance of Error. Received ' +
      (warning === undefined ? 'undefined' : 'type ' + typeof warning));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(function () {
    process.emit('warning', warning);
    var text = '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
      warning.name + ': ' + warning.message;
    if (!warnedHint) {
      warnedHint = true;
      text += '\n(Use `node --trace-' + (warning.name === 'DeprecationWarning' ? 'deprecation' : 'warnings') +
        ' ...` to show where the warning was created)';
    }
    console.error(text);
  });
};

// Signal events: watch a signal while process has listeners for it.
var signals = require('internal/signals');
process.on('newListener', function (type) {
  if (typeof type === 'string' && /^SIG[A-Z0-9]+$/.test(type) && process.listenerCount(type) === 0) signals.start(type);
});
process.on('removeListener', function (type) {
  if (typeof type === 'string' && /^SIG[A-Z0-9]+$/.test(type) && process.listenerCount(type) === 0) signals.stop(type);
});

// process.stdout, process.stderr and process.stdin: made (with the stream modules) on first use.
['stdout', 'stderr', 'stdin'].forEach(function (name) {
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      return require('internal/stdio').get(name);
    },
  });
});

// console.assert as the v0.8 manual documents it: "Same as assert.ok() where if the
// expression evaluates as false throw an AssertionError with message." (node 20 prints
// "Assertion failed" to stderr instead). With no message, node 20's text is the message.
console.assert = function assert(expression) {
  if (expression) return;
  var rest = Array.prototype.slice.call(arguments, 1);
  var message = rest.length === 0 ? 'Assertion failed' : require('util').format.apply(null, rest);
  require('assert').ok(false, message);
};

// URL, URLSearchParams, structuredClone and DOMException: non-enumerable globals as in node. They load their module on
// first use (an accessor that turns itself into a plain data property), so programs that
// never touch them do not pay for compiling it.
[['URL', 'internal/url'], ['URLSearchParams', 'internal/url'], ['structuredClone', 'internal/structured_clone'], ['DOMException', 'internal/structured_clone']].forEach(function (entry) {
  var name = entry[0];
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      var value = require(entry[1])[name];
      Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set: function (value) {
      Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false });
    },
  });
});

// console.Console: the class, loaded (with util and streams) on first use.
Object.defineProperty(console, 'Console', {
  configurable: true,
  enumerable: true,
  get: function () {
    var value = require('internal/console');
    Object.defineProperty(console, 'Console', { value: value, writable: true, enumerable: true, configurable: true });
    return value;
  },
  set: function (value) {
    Object.defineProperty(console, 'Console', { value: value, writable: true, enumerable: true, configurable: true });
  },
});

// A child that fork started: its IPC channel's path is in the environment (node: NODE_CHANNEL_FD).
if (typeof process.env.JSC_CHANNEL_PATH === 'string' && process.env.JSC_CHANNEL_PATH !== '') {
  require('internal/child_process/ipc').setupChild(process.env.JSC_CHANNEL_PATH);
}
