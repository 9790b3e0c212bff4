// The ANSI escape sequences behind readline.clearLine/clearScreenDown/cursorTo/moveCursor
// and the same methods of tty.WriteStream:
// https://nodejs.org/docs/latest-v20.x/api/readline.html#readlineclearlinestream-dir-callback
'use strict';

var errors = require('internal/streams/errors');

var CSI = '\x1b[';

function done(stream, data, callback) {
  if (stream == null) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function checkCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') {
    throw errors.invalidArgType('callback', ['function'], callback);
  }
}

// dir < 0: to the left of the cursor; > 0: to the right; 0: the whole line.
exports.clearLine = function clearLine(stream, dir, callback) {
  checkCallback(callback);
  var type = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return done(stream, type, callback);
};

exports.clearScreenDown = function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return done(stream, CSI + '0J', callback);
};

exports.cursorTo = function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  checkCallback(callback);
  if (Number.isNaN(x)) throw errors.invalidArgValue('x', x);
  if (Number.isNaN(y)) throw errors.invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw errors.invalidArgValue('x', x);
  var data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return done(stream, data, callback);
};

exports.moveCursor = function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  var data = '';
  if (dx < 0) data += CSI + -dx + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + -dy + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return done(stream, data, callback);
};
