// Argument checks shared by the stdlib's JavaScript modules, with node's coded errors
// (https://nodejs.org/api/errors.html#err_invalid_arg_type).
'use strict';

// How node's argument errors show the value they got: `undefined`, `type string ('a')`,
// `an instance of Foo`, `function f`.
function describeReceived(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function') return 'function ' + value.name;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return 'an instance of ' + value.constructor.name;
    return inspect(value, { depth: -1 });
  }
  var shown = typeof value === 'string' ? "'" + value + "'" : String(value);
  if (typeof value === 'number' && Object.is(value, -0)) shown = '-0';
  if (typeof value === 'bigint') shown += 'n';
  if (typeof value === 'symbol') shown = value.toString();
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + shown + ')';
}

// util.inspect when the util module is there (it is another stdlib module), else a plain rendering.
function inspect(value, options) {
  try {
    return require('util').inspect(value, options);
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') return Object.getPrototypeOf(value) === null ? '[Object: null prototype] {}' : String(value);
    throw e;
  }
}

function coded(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

// `expected` is the phrase after "must be": 'of type string', 'one of type string or an instance of URL'...
function invalidArgType(name, expected, value) {
  var what = name.indexOf('.') >= 0 ? 'property' : 'argument';
  return coded(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + what + ' must be ' + expected + '. Received ' + describeReceived(value));
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

module.exports = {
  describeReceived: describeReceived,
  inspect: inspect,
  coded: coded,
  invalidArgType: invalidArgType,
  validateString: validateString,
  validateObject: validateObject,
};
