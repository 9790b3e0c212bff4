// assert.ok's generated message, "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n":
// like node, it reads the caller's source at the position its stack frame names and
// quotes the call there. Undefined when the source cannot be read or no call is found.
'use strict';

var readSource = require('internal/util').readSource;

function callerLocation() {
  var stack = new Error().stack.split('\n');
  for (var i = 1; i < stack.length; i++) {
    var m = /^\s*at (?:.*\()?(.*?):(\d+):(\d+)\)?$/.exec(stack[i]);
    // Library frames (node:NAME) are skipped.
    if (!m || /(^|[\/])node:/.test(m[1])) continue;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return null;
}

function isIdentChar(c) {
  return c !== undefined && /[A-Za-z0-9_$]/.test(c);
}

function skipSpace(code, i) {
  while (i < code.length && /\s/.test(code[i])) i++;
  return i;
}

// The index after the bracket that closes the one at `i`, skipping strings and comments; -1 if none.
function closeBracket(code, i) {
  var depth = 0;
  for (; i < code.length; i++) {
    var c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) {
        if (code[i] === '\\') i++;
      }
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2);
      if (i === -1) return -1;
      i++;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

// A call `a.b[c](...)` starting at `start`: its end and the callee's last name, or null.
function callAt(code, start) {
  var i = start;
  var name = '';
  for (;;) {
    var from = i;
    while (isIdentChar(code[i])) i++;
    if (i === from) return null;
    name = code.slice(from, i);
    var j = skipSpace(code, i);
    if (code[j] === '.') {
      i = skipSpace(code, j + 1);
      continue;
    }
    while (code[j] === '[') {
      j = closeBracket(code, j);
      if (j === -1) return null;
      j = skipSpace(code, j);
    }
    if (code[j] !== '(') return null;
    var end = closeBracket(code, j);
    return end === -1 ? null : { start: start, end: end, name: name };
  }
}

function findCall(code, lineStart, lineEnd, column) {
  var calls = [];
  for (var i = lineStart; i < lineEnd; i++) {
    if (!isIdentChar(code[i]) || isIdentChar(code[i - 1]) || /[0-9]/.test(code[i])) continue;
    var k = i - 1;
    while (k >= lineStart && /\s/.test(code[k])) k--;
    if (code[k] === '.') continue;
    var call = callAt(code, i);
    if (call) calls.push(call);
  }
  var position = lineStart + column - 1;
  var preferred = calls.filter(function (c) { return c.name === 'ok' || /assert/i.test(c.name); });
  var after = preferred.filter(function (c) { return c.start >= position; });
  if (after.length > 0) return after[0];
  if (preferred.length > 0) return preferred[0];
  var around = calls.filter(function (c) { return c.start <= position && c.end > position; });
  return around.length > 0 ? around[around.length - 1] : null;
}

module.exports = function falsyMessage() {
  var location = callerLocation();
  if (location === null) return undefined;
  var code = readSource(location.file);
  if (typeof code !== 'string') return undefined;
  var lineStart = 0;
  for (var line = 1; line < location.line; line++) {
    lineStart = code.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  var lineEnd = code.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = code.length;
  var call = findCall(code, lineStart, lineEnd, location.column);
  if (call === null) return undefined;
  var startColumn = call.start - lineStart;
  var lines = code.slice(call.start, call.end).replace(/\r\n/g, '\n').split('\n');
  var message = lines.shift();
  lines.forEach(function (frame) {
    var pos = 0;
    while (pos < startColumn && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    message += '\n  ' + frame.slice(pos);
  });
  return 'The expression evaluated to a falsy value:\n\n  ' + message + '\n';
};
