// The node error codes the stream modules throw or emit:
// https://nodejs.org/docs/latest-v20.x/api/errors.html#node-error-codes. Each error is an
// ordinary Error (or TypeError/RangeError) whose `code` names the condition and whose stack
// starts with `Name [CODE]: message`, as node's own errors do.
'use strict';

function make(Base, code, message) {
  var err = new Base(message);
  err.code = code;
  if (typeof err.stack === 'string') {
    err.stack = err.stack.replace(err.name + ':', err.name + ' [' + code + ']:');
  }
  return err;
}

// How node's ERR_INVALID_ARG_TYPE describes the value it received.
function describeReceived(value) {
  if (value == null) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + value.name;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ' Received an instance of ' + value.constructor.name;
    return ' Received ' + require('util').inspect(value, { depth: -1 });
  }
  var shown = typeof value === 'string' ? "'" + value + "'" : String(value);
  if (typeof value === 'bigint') shown += 'n';
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

exports.invalidArgType = function (name, types, value) {
  var list = types.slice();
  var instances = [];
  var kinds = [];
  for (var i = 0; i < list.length; i++) {
    if (/^[A-Z]/.test(list[i])) instances.push(list[i]);
    else kinds.push(list[i]);
  }
  var parts = [];
  if (kinds.length) parts.push((kinds.length > 1 ? 'one of type ' : 'of type ') + joinOr(kinds));
  if (instances.length) parts.push((instances.length > 1 ? 'an instance of ' : 'an instance of ') + joinOr(instances));
  var property = name.indexOf('.') === -1 ? 'argument' : 'property';
  return make(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" ' + property + ' must be ' +
    parts.join(' or ') + '.' + describeReceived(value));
};

function joinOr(items) {
  if (items.length === 1) return items[0];
  if (items.length === 2) return items[0] + ' or ' + items[1];
  return items.slice(0, -1).join(', ') + ', or ' + items[items.length - 1];
}

exports.invalidArgValue = function (name, value) {
  var shown = typeof value === 'string' ? "'" + value + "'" : require('util').inspect(value);
  return make(TypeError, 'ERR_INVALID_ARG_VALUE', "The property '" + name + "' is invalid. Received " + shown);
};

exports.methodNotImplemented = function (method) {
  return make(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + method + ' method is not implemented');
};
exports.multipleCallback = function () {
  return make(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
};
exports.pushAfterEof = function () {
  return make(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
};
exports.unshiftAfterEnd = function () {
  return make(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
};
exports.writeAfterEnd = function () {
  return make(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
};
exports.destroyed = function (method) {
  return make(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + method + ' after a stream was destroyed');
};
exports.alreadyFinished = function (method) {
  return make(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + method + ' after a stream was finished');
};
exports.nullValues = function () {
  return make(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
};
exports.prematureClose = function () {
  return make(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
};
exports.unknownEncoding = function (encoding) {
  return make(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
};
exports.missingArgs = function (name) {
  return make(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
};
exports.abortError = function () {
  var err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
};
