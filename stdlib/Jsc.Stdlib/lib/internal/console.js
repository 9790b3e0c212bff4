// The Console class (node 20: new Console(stdout[, stderr])
// or new Console({ stdout, stderr, ignoreErrors, inspectOptions, groupIndentation })) whose
// instances write to any writable streams. Methods are bound, so `var log = c.log` works.
'use strict';

var util = require('util');

function invalidStream(name) {
  var err = new TypeError('Console expects a writable stream instance for ' + name);
  err.code = 'ERR_CONSOLE_WRITABLE_STREAM';
  return err;
}

function Console(options) {
  if (!(this instanceof Console)) return new Console(options, arguments[1], arguments[2]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  var stdout = options.stdout;
  var stderr = options.stderr === undefined ? stdout : options.stderr;
  if (!stdout || typeof stdout.write !== 'function') throw invalidStream('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw invalidStream('stderr');
  var state = {
    stdout: stdout,
    stderr: stderr,
    ignoreErrors: options.ignoreErrors !== false,
    inspectOptions: options.inspectOptions,
    indentation: options.groupIndentation === undefined ? 2 : options.groupIndentation,
    indent: '',
    counts: new Map(),
    timers: new Map(),
  };
  var self = this;
  Object.keys(methods).forEach(function (name) {
    self[name] = methods[name].bind(self, state);
  });
}

function format(state, args) {
  return state.inspectOptions ? util.formatWithOptions(state.inspectOptions, ...args) : util.format.apply(null, args);
}

function write(state, stream, text) {
  if (state.indent) text = state.indent + text.split('\n').join('\n' + state.indent);
  try {
    stream.write(text + '\n');
  } catch (e) {
    if (!state.ignoreErrors) throw e;
  }
}

function elapsed(start) {
  var diff = process.hrtime(start);
  var ms = diff[0] * 1e3 + diff[1] / 1e6;
  if (ms >= 1000) return (ms / 1000).toFixed(3) + 's';
  return ms.toFixed(3) + 'ms';
}

var methods = {
  log: function (state) { write(state, state.stdout, format(state, Array.prototype.slice.call(arguments, 1))); },
  warn: function (state) { write(state, state.stderr, format(state, Array.prototype.slice.call(arguments, 1))); },
  dir: function (state, object, options) {
    write(state, state.stdout, util.inspect(object, Object.assign({ customInspect: false }, state.inspectOptions, options)));
  },
  time: function (state, label) {
    label = label === undefined ? 'default' : String(label);
    if (state.timers.has(label)) {
      process.emitWarning("Label '" + label + "' already exists for console.time()");
      return;
    }
    state.timers.set(label, process.hrtime());
  },
  timeEnd: function (state, label) {
    label = label === undefined ? 'default' : String(label);
    if (!state.timers.has(label)) {
      process.emitWarning("No such label '" + label + "' for console.timeEnd()");
      return;
    }
    write(state, state.stdout, label + ': ' + elapsed(state.timers.get(label)));
    state.timers.delete(label);
  },
  timeLog: function (state, label) {
    label = label === undefined ? 'default' : String(label);
    if (!state.timers.has(label)) {
      process.emitWarning("No such label '" + label + "' for console.timeLog()");
      return;
    }
    var extra = Array.prototype.slice.call(arguments, 2);
    write(state, state.stdout, [label + ': ' + elapsed(state.timers.get(label))].concat(extra.map(function (v) {
      return typeof v === 'string' ? v : util.inspect(v);
    })).join(' '));
  },
  trace: function (state) {
    var err = new Error(format(state, Array.prototype.slice.call(arguments, 1)));
    err.name = 'Trace';
    Error.captureStackTrace(err, this.trace);
    write(state, state.stderr, err.stack);
  },
  // The v0.8 manual: "Same as assert.ok() where if the expression evaluates as false throw an
  // AssertionError with message."
  assert: function (state, expression) {
    if (expression) return;
    var rest = Array.prototype.slice.call(arguments, 2);
    require('assert').ok(false, rest.length === 0 ? 'Assertion failed' : util.format.apply(null, rest));
  },
  clear: function () {},
  count: function (state, label) {
    label = label === undefined ? 'default' : String(label);
    var n = (state.counts.get(label) || 0) + 1;
    state.counts.set(label, n);
    write(state, state.stdout, label + ': ' + n);
  },
  countReset: function (state, label) {
    label = label === undefined ? 'default' : String(label);
    if (!state.counts.has(label)) {
      process.emitWarning("Count for '" + label + "' does not exist");
      return;
    }
    state.counts.set(label, 0);
  },
  group: function (state) {
    if (arguments.length > 1) methods.log.apply(this, arguments);
    state.indent += ' '.repeat(state.indentation);
  },
  groupEnd: function (state) {
    state.indent = state.indent.slice(0, Math.max(0, state.indent.length - state.indentation));
  },
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

Object.defineProperty(Console, Symbol.hasInstance, {
  value: function (instance) {
    return instance === console || Function.prototype[Symbol.hasInstance].call(Console, instance);
  },
});

module.exports = Console;
