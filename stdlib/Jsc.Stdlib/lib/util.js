// util: https://nodejs.org/docs/v0.8.16/api/util.html, with node 20's additions
// (https://nodejs.org/docs/latest-v20.x/api/util.html). inspect and format are the
// runtime's Inspector, the same code console.log uses (internal/util binds it).
'use strict';

var binding = require('internal/util');
var types = require('internal/util/types');
var comparisons = require('internal/util/comparisons');
var errors = require('internal/util/errors');

var inspect = binding.inspect;
var format = binding.format;

inspect.custom = Symbol.for('nodejs.util.inspect.custom');

// inspect.colors: [open, close] SGR codes; the aliases are accessors onto their target.
var colors = Object.create(null);
[
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
  ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
  ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
  ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
  ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
  ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49],
  ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49],
  ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
  ['bgWhiteBright', 107, 49]
].forEach(function (c) { colors[c[0]] = [c[1], c[2]]; });

function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    get: function () { return this[target]; },
    set: function (value) { this[target] = value; },
    configurable: true,
    enumerable: false
  });
}
[
  ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
  ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
  ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline']
].forEach(function (a) { defineColorAlias(a[0], a[1]); });

var styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline'
});

binding.setHooks(styles, colors);

Object.defineProperty(inspect, 'colors', {
  get: function () { return colors; },
  set: function (value) {
    if (value === null || typeof value !== 'object') throw errors.invalidArgType('colors', 'of type object', value);
    colors = value;
    binding.setHooks(styles, colors);
  },
  enumerable: true,
  configurable: true
});

Object.defineProperty(inspect, 'styles', {
  value: styles,
  writable: true,
  enumerable: true,
  configurable: true
});

Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return binding.getDefaultOptions(); },
  set: function (options) {
    if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
    binding.setDefaultOptions(options);
  },
  enumerable: false,
  configurable: true
});

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) {
    throw errors.invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype, 'property');
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function pad(n) {
  return n < 10 ? '0' + n : '' + n;
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "26 Feb 16:19:34": day, month, local time.
function timestamp() {
  var d = new Date();
  var time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + time;
}

function log() {
  console.log('%s - %s', timestamp(), format.apply(null, arguments));
}

// The v0.8 manual's synchronous writers, which node 20 no longer has. util.debug
// prefixes "DEBUG: " as v0.8 printed; util.error writes each argument on its own line.
function debug(x) {
  binding.writeStderr('DEBUG: ' + x + '\n');
}

function error() {
  for (var i = 0; i < arguments.length; i++) binding.writeStderr(arguments[i] + '\n');
}

function puts() {
  for (var i = 0; i < arguments.length; i++) binding.writeStdout(String(arguments[i]) + '\n');
}

function print() {
  for (var i = 0; i < arguments.length; i++) binding.writeStdout(String(arguments[i]));
}

// util.pump (v0.8, deprecated): data is written to writableStream, pausing the reader
// while the writer is full; end ends the writer; callback(err) runs once, when the
// writer closes or either stream fails.
function pump(readStream, writeStream, callback) {
  var called = false;
  function done(err) {
    if (called || !callback) return;
    called = true;
    callback(err);
  }
  readStream.on('data', function (chunk) {
    if (writeStream.write(chunk) === false && typeof readStream.pause === 'function') readStream.pause();
  });
  writeStream.on('drain', function () {
    if (typeof readStream.resume === 'function') readStream.resume();
  });
  readStream.on('end', function () { writeStream.end(); });
  readStream.on('close', function () { done(); });
  writeStream.on('close', function () { done(); });
  readStream.on('error', function (err) {
    writeStream.end();
    done(err);
  });
  writeStream.on('error', function (err) {
    if (typeof readStream.destroy === 'function') readStream.destroy();
    done(err);
  });
}

var debugSections = null;

// NODE_DEBUG as node reads it: comma-separated section names, '*' as a wildcard.
function debugEnabled(section) {
  if (debugSections === null) {
    debugSections = [];
    var env = process.env.NODE_DEBUG;
    if (env) {
      env.split(/[\s,]+/).forEach(function (name) {
        if (!name) return;
        var escaped = name.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*');
        debugSections.push(new RegExp('^' + escaped + '$', 'i'));
      });
    }
  }
  for (var i = 0; i < debugSections.length; i++) {
    if (debugSections[i].test(section)) return true;
  }
  return false;
}

function debuglog(section, cb) {
  var upper = String(section).toUpperCase();
  var enabled = debugEnabled(upper);
  var called = false;
  // Like node, the callback gets the logger on its first use.
  function logger() {
    if (!called) {
      called = true;
      if (typeof cb === 'function') cb(logger);
    }
    if (!enabled) return;
    var message = format.apply(null, arguments);
    binding.writeStderr(upper + ' ' + process.pid + ': ' + message + '\n');
  }
  Object.defineProperty(logger, 'enabled', { get: function () { return enabled; }, enumerable: true, configurable: true });
  return logger;
}

var deprecatedCodes = Object.create(null);

// util.deprecate: the wrapped function warns once (per code, when one is given) through
// process.emitWarning (silent under process.noDeprecation), then behaves as fn. https://nodejs.org/api/util.html#utildeprecatefn-msg-code
function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') throw errors.invalidArgType('code', 'of type string', code);
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!deprecatedCodes[code]) {
          deprecatedCodes[code] = true;
          process.emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (this instanceof deprecated) {
      var self = Object.create(fn.prototype);
      var result = fn.apply(self, arguments);
      return result !== null && (typeof result === 'object' || typeof result === 'function') ? result : self;
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// toUSVString: lone surrogates become U+FFFD.
function toUSVString(input) {
  var s = String(input);
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var next = s.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xD800 && c <= 0xDFFF ? '\ufffd' : s[i];
  }
  return out;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  _extend: _extend,
  debug: debug,
  debuglog: debuglog,
  deprecate: deprecate,
  error: error,
  format: format,
  formatWithOptions: binding.formatWithOptions,
  inherits: inherits,
  inspect: inspect,
  isArray: Array.isArray,
  isBoolean: function isBoolean(arg) { return typeof arg === 'boolean'; },
  isDeepStrictEqual: function isDeepStrictEqual(a, b) { return comparisons.isDeepStrictEqual(a, b); },
  isNull: function isNull(arg) { return arg === null; },
  isNullOrUndefined: function isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber: function isNumber(arg) { return typeof arg === 'number'; },
  isString: function isString(arg) { return typeof arg === 'string'; },
  isSymbol: function isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined: function isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject: function isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError: function isError(e) { return types.isNativeError(e) || e instanceof Error; },
  isFunction: function isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive: function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log: log,
  print: print,
  pump: pump,
  puts: puts,
  stripVTControlCharacters: binding.stripVTControlCharacters,
  toUSVString: toUSVString,
  types: types
};

if (typeof Buffer !== 'undefined' && typeof Buffer.isBuffer === 'function') {
  module.exports.isBuffer = function isBuffer(b) { return Buffer.isBuffer(b); };
}

// promisify and callbackify need Promise; without it they stay undefined.
if (typeof Promise === 'function') {
  var promisify = require('internal/util/promisify');
  module.exports.promisify = promisify.promisify;
  module.exports.callbackify = promisify.callbackify;
  // util.promisify(setTimeout) and (setImmediate) are the timers/promises functions, as in node.
  [['setTimeout', global.setTimeout], ['setImmediate', global.setImmediate]].forEach(function (pair) {
    if (typeof pair[1] === 'function' && !Object.prototype.hasOwnProperty.call(pair[1], promisify.promisify.custom)) {
      Object.defineProperty(pair[1], promisify.promisify.custom, {
        enumerable: false, configurable: true,
        get: function () { return require('timers/promises')[pair[0]]; }
      });
    }
  });
}
