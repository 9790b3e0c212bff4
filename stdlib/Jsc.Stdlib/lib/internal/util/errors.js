// Node's coded argument errors as util, assert and events raise them
// (https://nodejs.org/api/errors.html#err_invalid_arg_type), with node's message texts.
'use strict';

// determineSpecificType: how node's messages show the value they received.
function describeReceived(value) {
  if (value === null || value === undefined) return '' + value;
  if (typeof value === 'function' && value.name) return 'function ' + value.name;
  var inspect = require('internal/util').inspect;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return 'an instance of ' + value.constructor.name;
    return inspect(value, { depth: -1 });
  }
  var shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + shown + ')';
}

function coded(ErrorType, code, message) {
  var err = new ErrorType(message);
  err.code = code;
  return err;
}

function invalidArgType(name, expected, value) {
  var kind = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return coded(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + kind + ' must be ' + expected + '. Received ' + describeReceived(value));
}

function invalidArgValue(name, value, reason) {
  var inspected = require('internal/util').inspect(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var kind = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return coded(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspected);
}

function outOfRange(name, range, value) {
  return coded(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' +
    require('internal/util').inspect(value));
}

module.exports = {
  coded: coded,
  describeReceived: describeReceived,
  invalidArgType: invalidArgType,
  invalidArgValue: invalidArgValue,
  outOfRange: outOfRange
};
