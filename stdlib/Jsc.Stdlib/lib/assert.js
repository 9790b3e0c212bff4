// assert: https://nodejs.org/docs/v0.8.16/api/assert.html, with node 20's additions
// (deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, rejects, doesNotReject,
// assert.strict) and node 20's AssertionError messages.
'use strict';

var inspect = require('internal/util').inspect;
var errors = require('internal/util/errors');
var comparisons = require('internal/util/comparisons');
var types = require('internal/util/types');
var AssertionError = require('internal/assert/assertion_error');
var falsyMessage = require('internal/assert/falsy_message');

var NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function missingArgs() {
  return errors.coded(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
}

var warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  var internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({
    actual: actual, expected: expected, operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail, message: message
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  var generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = falsyMessage();
  } else if (isError(message)) {
    throw message;
  }
  var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function ok(value, message) {
  innerOk(ok, arguments.length, value, message);
}

var assert = module.exports = ok;

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!comparisons.isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (comparisons.isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!comparisons.isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (comparisons.isDeepStrictEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!Object.is(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (Object.is(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// Objects holding only the compared keys, so a failed throws() shows just those.
class Comparison {
  constructor(obj, keys, actual) {
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !comparisons.isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var err = new AssertionError({
        actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual', stackStartFn: fn
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  var generated = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      var str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
      }
    } else if (typeof actual !== 'object' || actual === null) {
      var primitiveErr = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: fn });
      primitiveErr.operator = fn.name;
      throw primitiveErr;
    } else {
      var keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw errors.invalidArgValue('error', expected, 'may not be an empty object');
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
      if (isError(actual)) {
        var name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) message += 'an error with identical name but a different prototype.';
        else message += '"' + name + '"';
        if (actual.message) message += '\n\nError message:\n\n' + actual.message;
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
  } else {
    var res = expected.call({}, actual);
    if (res === true) return;
    if (!message) {
      generated = true;
      var fnName = expected.name ? '"' + expected.name + '" ' : '';
      message = 'The ' + fnName + 'validation function is expected to return "true". Received ' + inspect(res);
      if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
    }
  }
  var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

var errorTypes = 'of type function or an instance of Error, RegExp, or Object';

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) throw errors.invalidArgType('error', errorTypes, error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw errors.coded(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
          'The "error/message" argument is ambiguous. The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw errors.coded(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
        'The "error/message" argument is ambiguous. The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw errors.invalidArgType('error', errorTypes, error);
  }
  if (actual === NO_EXCEPTION) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    var fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: stackStartFn.name,
      message: 'Missing expected ' + fnType + details, stackStartFn: stackStartFn
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw errors.invalidArgType('expected', 'of type function or an instance of RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual: actual, expected: error, operator: stackStartFn.name,
      message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"',
      stackStartFn: stackStartFn
    });
  }
  throw actual;
}

assert.throws = function throws(fn) {
  var args = [throws, getActual(fn)];
  for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
  expectsError.apply(null, args);
};

assert.doesNotThrow = function doesNotThrow(fn) {
  var args = [doesNotThrow, getActual(fn)];
  for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
  expectsNoError.apply(null, args);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  var message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  var newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message, stackStartFn: ifError });
  // The new error's stack ends with the frames of the error it reports.
  var origStack = err.stack;
  if (typeof origStack === 'string') {
    var origStart = origStack.indexOf('\n    at');
    if (origStart !== -1) {
      var originalFrames = origStack.slice(origStart + 1).split('\n');
      var newFrames = newErr.stack.split('\n');
      for (var i = 0; i < originalFrames.length; i++) {
        var pos = newFrames.indexOf(originalFrames[i]);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw errors.invalidArgType('regexp', 'an instance of RegExp', regexp);
  var match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    var generated = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({ actual: string, expected: regexp, message: message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// rejects and doesNotReject need Promise; without it they stay undefined.
if (typeof Promise === 'function') {
  var waitFor = function (promiseFn) {
    return Promise.resolve().then(function () {
      var resultPromise;
      if (typeof promiseFn === 'function') {
        resultPromise = promiseFn();
        if (!resultPromise || typeof resultPromise.then !== 'function') {
          throw errors.coded(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
            errors.describeReceived(resultPromise).replace(/^an instance of /, 'instance of ') + '.');
        }
      } else if (promiseFn && typeof promiseFn.then === 'function') {
        resultPromise = promiseFn;
      } else {
        throw errors.invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
      }
      return resultPromise.then(function () { return NO_EXCEPTION; }, function (e) { return e; });
    });
  };

  assert.rejects = function rejects(promiseFn) {
    var rest = Array.prototype.slice.call(arguments, 1);
    return waitFor(promiseFn).then(function (actual) {
      expectsError.apply(null, [rejects, actual].concat(rest));
    });
  };

  assert.doesNotReject = function doesNotReject(promiseFn) {
    var rest = Array.prototype.slice.call(arguments, 1);
    return waitFor(promiseFn).then(function (actual) {
      expectsNoError.apply(null, [doesNotReject, actual].concat(rest));
    });
  };
}

// assert.strict: the same functions, with the strict comparisons under the legacy names.
function strict(value, message) {
  innerOk(strict, arguments.length, value, message);
}

Object.keys(assert).forEach(function (name) { strict[name] = assert[name]; });
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;
