// vm: https://nodejs.org/docs/v0.8.16/api/vm.html — running code compiled at run time in this
// context or in a new one. A context is a fresh realm (its own global and built-ins). As node
// v0.8 did, the sandbox's properties are copied onto the context's global before each run and
// the global's (enumerable) properties copied back after it, deletions included; the sandbox
// itself is not the global object, so a getter on it is read once per run.
'use strict';

var binding = require('internal/vm_binding');
var errors = require('internal/util/errors');

var kContext = Symbol('vm.context');

function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

// The filename from (filename | options) and the options node v0.8 lacks but node 20 has.
function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  if (options.timeout !== undefined || options.breakOnSigint) {
    throw new Error('vm: the ' + (options.timeout !== undefined ? 'timeout' : 'breakOnSigint') + ' option is not supported');
  }
  if (options.filename !== undefined) validateString(options.filename, 'options.filename');
  return options;
}

function isContext(object) {
  if (object === null || typeof object !== 'object') throw errors.invalidArgType('object', 'of type object', object);
  return Object.prototype.hasOwnProperty.call(object, kContext);
}

function createContext(sandbox) {
  if (sandbox === undefined) sandbox = {};
  if (sandbox === null || typeof sandbox !== 'object') throw errors.invalidArgType('contextObject', 'of type object', sandbox);
  if (isContext(sandbox)) return sandbox;
  var handle = binding.makeContext();
  // What the new global has of its own (console, ...) is not the sandbox's unless it gets set.
  var own = Object.create(null);
  Object.keys(binding.globalOf(handle)).forEach(function (key) { own[key] = true; });
  Object.defineProperty(sandbox, kContext, { value: { handle: handle, builtins: own }, enumerable: false });
  return sandbox;
}

function runInContextOf(sandbox, code, filename) {
  if (sandbox === null || typeof sandbox !== 'object' || !isContext(sandbox)) {
    throw errors.invalidArgType('contextifiedObject', 'an instance of Object', sandbox);
  }
  var context = sandbox[kContext];
  var global = binding.globalOf(context.handle);
  var before = Object.keys(sandbox);
  before.forEach(function (key) {
    global[key] = sandbox[key];
    context.builtins[key] = false;
  });
  // The context's own globals as they are now: they reach the sandbox only once changed.
  var builtinKeys = Object.keys(global).filter(function (key) { return context.builtins[key]; });
  var builtinValues = builtinKeys.map(function (key) { return global[key]; });
  try {
    return binding.runInContext(context.handle, code, filename);
  } finally {
    var after = Object.keys(global);
    after.forEach(function (key) {
      var index = builtinKeys.indexOf(key);
      if (index !== -1 && global[key] === builtinValues[index]) return;
      context.builtins[key] = false;
      sandbox[key] = global[key];
    });
    before.forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(global, key)) delete sandbox[key];
    });
  }
}

function Script(code, options) {
  if (!(this instanceof Script)) throw errors.coded(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', "Class constructor Script cannot be invoked without 'new'");
  code = code === undefined ? '' : String(code);
  var opts = scriptOptions(options);
  binding.compile(code, opts.filename);
  this._code = code;
  this._filename = opts.filename;
}

Script.prototype.runInThisContext = function (options) {
  scriptOptions(options);
  return binding.runInThisContext(this._code, this._filename);
};

Script.prototype.runInContext = function (context, options) {
  scriptOptions(options);
  return runInContextOf(context, this._code, this._filename);
};

Script.prototype.runInNewContext = function (sandbox, options) {
  scriptOptions(options);
  return runInContextOf(createContext(sandbox), this._code, this._filename);
};

function runInThisContext(code, options) {
  return binding.runInThisContext(String(code), scriptOptions(options).filename);
}

function runInNewContext(code, sandbox, options) {
  return runInContextOf(createContext(sandbox), String(code), scriptOptions(options).filename);
}

function runInContext(code, context, options) {
  return runInContextOf(context, String(code), scriptOptions(options).filename);
}

module.exports = {
  Script: Script,
  createScript: function (code, options) { return new Script(code, options); },
  createContext: createContext,
  isContext: isContext,
  runInThisContext: runInThisContext,
  runInNewContext: runInNewContext,
  runInContext: runInContext,
};
