// readline: https://nodejs.org/docs/v0.8.16/api/readline.html — an Interface reads lines
// from a Readable ('line' per \n, \r\n or \r), with question()/prompt() on the output. On a
// terminal (terminal: true) the Interface edits the line itself from keypresses: printable
// keys, backspace/delete, left/right/home/end, history up/down, tab completion, enter,
// Ctrl+C ('SIGINT') and Ctrl+D.
'use strict';

var EventEmitter = require('events');
var cursor = require('internal/readline/cursor');
var keys = require('internal/readline/keys');
var errors = require('internal/streams/errors');
var state = require('internal/streams/state');

var lineEnding = /\r?\n|\r(?!\n)/g;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  var options = input;
  var prompt = '> ';
  var historySize = 30;
  var crlfDelay = 100;
  if (input && input.input) {
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.historySize !== undefined) historySize = options.historySize;
    if (options.crlfDelay !== undefined) crlfDelay = Math.max(100, options.crlfDelay);
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw errors.invalidArgValue('completer', completer);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.input = input;
  this.output = output;
  this.completer = completer;
  this.terminal = !!terminal;
  this.historySize = historySize;
  this.crlfDelay = crlfDelay;
  this.history = [];
  this.historyIndex = -1;
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this._questionCallback = null;
  this._oldPrompt = null;
  this._lineBuffer = null;
  this._sawReturnAt = 0;
  this._decoder = state.makeDecoder('utf8');

  var self = this;
  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    if (typeof self._lineBuffer === 'string' && self._lineBuffer.length > 0) self._onLine(self._lineBuffer);
    self._lineBuffer = null;
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
  }
  if (this.terminal) {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', onend);
    this._setRawMode(true);
  } else {
    input.on('data', ondata);
    input.on('end', onend);
  }
  this.once('close', function () {
    input.removeListener('data', ondata);
    input.removeListener('keypress', onkeypress);
    input.removeListener('end', onend);
  });
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Interface.prototype.setPrompt = function (prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function () {
  return this._prompt;
};

Interface.prototype._setRawMode = function (mode) {
  var input = this.input;
  if (typeof input.setRawMode === 'function') {
    var wasRaw = input.isRaw;
    input.setRawMode(mode);
    return wasRaw;
  }
};

Interface.prototype._writeToOutput = function (text) {
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

// rl.prompt([preserveCursor]): resumes the input and writes the prompt.
Interface.prototype.prompt = function (preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function (query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (this.closed) throw Object.assign(new Error('readline was closed'), { code: 'ERR_USE_AFTER_CLOSE' }); // ERR_USE_AFTER_CLOSE
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

Interface.prototype._onLine = function (line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype.close = function () {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function () {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function () {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

// rl.write(data[, key]): as if the user typed it.
Interface.prototype.write = function (d, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

// Splits incoming text into lines; a "\r" at the end of one chunk and "\n" at the start of
// the next (within crlfDelay ms) are one line break.
Interface.prototype._normalWrite = function (b) {
  if (b === undefined) return;
  var string = typeof b === 'string' ? b : this._decoder.write(b);
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this._sawReturnAt = 0;
  }
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(string)) {
    if (string) this._lineBuffer = this._lineBuffer ? this._lineBuffer + string : string;
    return;
  }
  if (this._lineBuffer) {
    string = this._lineBuffer + string;
    this._lineBuffer = null;
  }
  this._sawReturnAt = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
  var lines = [];
  var start = 0;
  var match;
  lineEnding.lastIndex = 0;
  while ((match = lineEnding.exec(string)) !== null) {
    lines.push(string.slice(start, match.index));
    start = lineEnding.lastIndex;
  }
  this._lineBuffer = string.slice(start);
  for (var i = 0; i < lines.length; i++) this._onLine(lines[i]);
};

require('internal/readline/terminal')(Interface);

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function emitKeypressEvents(stream, iface) {
  keys.emitKeypressEvents(stream, iface);
}

exports.Interface = Interface;
exports.createInterface = createInterface;
exports.clearLine = cursor.clearLine;
exports.clearScreenDown = cursor.clearScreenDown;
exports.cursorTo = cursor.cursorTo;
exports.moveCursor = cursor.moveCursor;
exports.emitKeypressEvents = emitKeypressEvents;
