// AssertionError with node 20's properties and generated messages
// (https://nodejs.org/api/assert.html#class-assertassertionerror): strictEqual and
// deepStrictEqual show a line diff of the two inspected values ("+ actual - expected"),
// the other operators show both values or "actual operator expected".
'use strict';

var inspect = require('internal/util').inspect;
var errors = require('internal/util/errors');

var readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

// Inputs shorter than this (both together) print as "a !== b" instead of a diff.
var maxShortLength = 12;

function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true
  });
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// The lines that both inspections end with are printed once, the last three of them.
function trimCommonEnd(actualLines, expectedLines, state) {
  var end = '';
  var other = '';
  var count = state.i;
  var a = actualLines[actualLines.length - 1];
  var b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (count++ < 3) end = '\n  ' + a + end;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  state.i = count;
  state.other = other;
  return end;
}

// Up to three identical lines before a change are shown; more collapse into "...".
function identicalContext(lines, i, identical, state) {
  var res = '';
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          res += '\n  ' + lines[i - 3];
          state.printed++;
        } else {
          res += '\n...';
          state.skipped = true;
        }
      }
      res += '\n  ' + lines[i - 2];
      state.printed++;
    }
    res += '\n  ' + lines[i - 1];
    state.printed++;
  }
  return res;
}

// With a custom message (strictEqual and deepStrictEqual), it replaces the header line.
function createErrDiff(actual, expected, operator, customMessage) {
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var indicator = '';
  var state = { i: 0, other: '', skipped: false, printed: 0 };

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    var actualRaw = actualLines[0];
    var expectedRaw = expectedLines[0];
    var inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= maxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return (customMessage || readableOperator[operator]) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      var first = 0;
      while (actualRaw[first] === expectedRaw[first]) first++;
      // A marker under the first difference, unless it is within the first characters.
      if (first > 2) indicator = '\n  ' + ' '.repeat(first) + '^';
      else state.i = first;
    }
  }

  var end = trimCommonEnd(actualLines, expectedLines, state);
  var other = state.other;
  var maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    var all = actualInspected.split('\n');
    if (all.length > 50) {
      all[46] = '...';
      while (all.length > 47) all.pop();
    }
    return readableOperator.notIdentical + '\n\n' + all.join('\n') + '\n';
  }
  if (state.i >= 5) {
    end = '\n...' + end;
    state.skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }

  var res = '';
  var identical = 0;
  var msg = (customMessage || readableOperator[operator]) + '\n+ actual - expected';
  var skippedMsg = ' ... Lines skipped';
  var lines = actualLines;
  var plusMinus = '+';
  var shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorter = actualLines.length;
  }

  for (var i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      res += identicalContext(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) res += '\n' + plusMinus + ' ' + lines[i];
      else other += '\n' + plusMinus + ' ' + lines[i];
      state.printed++;
    } else {
      var expectedLine = expectedLines[i];
      var actualLine = actualLines[i];
      var diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // Lines that differ only by a trailing comma count as the same.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        res += identicalContext(actualLines, i, identical, state);
        identical = 0;
        res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
    }
  }
  return msg + (state.skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    var base = readableOperator[operator];
    var res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
      base = readableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = '...';
      while (res.length > 47) res.pop();
    }
    if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
    return base + '\n\n' + res.join('\n') + '\n';
  }
  var shown = inspectValue(actual);
  var other = inspectValue(expected);
  var known = readableOperator[operator];
  if (operator === 'notDeepEqual' && shown === other) {
    shown = known + '\n\n' + shown;
    if (shown.length > 1024) shown = shown.slice(0, 1021) + '...';
    return shown;
  }
  if (shown.length > 512) shown = shown.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    shown = known + '\n\n' + shown + '\n\nshould loosely deep-equal\n\n';
  } else {
    var unequal = readableOperator[operator + 'Unequal'];
    if (unequal) shown = unequal + '\n\n' + shown + '\n\nshould not loosely deep-equal\n\n';
    else other = ' ' + operator + ' ' + other;
  }
  return shown + other;
}

// Errors compared by value are copied first, so their inspection shows name and message.
function copyError(source) {
  var target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (source.cause !== undefined) {
    var cause = source.cause;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
    var message = options.message;
    var operator = options.operator;
    var actual = options.actual;
    var expected = options.expected;
    var text;
    var shownActual = actual;
    var shownExpected = expected;
    if (isObjectLike(actual) && isObjectLike(expected) && 'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
      shownActual = copyError(actual);
      shownExpected = copyError(expected);
    }
    if (message == null) {
      text = generatedMessage(shownActual, shownExpected, operator);
      actual = shownActual;
      expected = shownExpected;
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(shownActual, shownExpected, operator, String(message));
    } else {
      text = String(message);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Error.captureStackTrace(this, options.stackStartFn);
    // Reading the stack now fixes its first line as "AssertionError [ERR_ASSERTION]: ...".
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

// Long string values are cut to 128 characters in the error's own inspection.
function addEllipsis(string) {
  var lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return lines.join('\n') + '\n...';
  }
  if (string.length > 128) return string.slice(128) + '...';
  return string;
}

AssertionError.prototype[inspect.custom] = function (recurseTimes, ctx) {
  var tmpActual = this.actual;
  var tmpExpected = this.expected;
  if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
  if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
  var result = inspect(this, Object.assign({}, ctx, { customInspect: false, depth: 0 }));
  this.actual = tmpActual;
  this.expected = tmpExpected;
  return result;
};

module.exports = AssertionError;
