// Runs once per realm before the main module, as node's own bootstrap does: `process`
// becomes an EventEmitter and gains the members written in JavaScript.
'use strict';

var EventEmitter = require('events');

Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);

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

// URL and URLSearchParams: non-enumerable globals as in node. They load the url module on
// first use (an accessor that turns itself into a plain data property), so programs that
// never touch them do not pay for compiling it.
['URL', 'URLSearchParams'].forEach(function (name) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      var value = require('internal/url')[name];
      Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set: function (value) {
      Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false });
    },
  });
});
