'use strict';
// The repl module (https://nodejs.org/docs/v0.8.16/api/repl.html): a read-eval-print loop over
// any pair of streams. Each line is evaluated in the REPL's context (a vm context, or the
// global object with useGlobal); input that ends mid-statement waits for more lines behind a
// '... ' prompt; results are written with util.inspect and kept in `_`. Lines starting with
// '.' are commands (.break, .clear, .exit, .help, .save, .load, and defineCommand's).
var EventEmitter = require('events');
var fs = require('fs');
var util = require('util');
var vm = require('vm');

// Errors may come from the context's own realm, so they are recognised by shape, not instanceof.
function isError(value) {
  return value !== null && typeof value === 'object' && typeof value.name === 'string' && typeof value.message === 'string';
}

// A SyntaxError that more input could fix: the statement is not finished yet.
function isRecoverable(error) {
  return isError(error) && error.name === 'SyntaxError' &&
    /^(Unexpected end of input|Unterminated template literal|missing \) after argument list)$/.test(error.message);
}

function describeUncaught(error) {
  if (isError(error)) return error.name + ': ' + error.message;
  return util.inspect(error);
}

function REPLServer(prompt, stream, evaluate, useGlobal, ignoreUndefined) {
  if (!(this instanceof REPLServer)) return new REPLServer(prompt, stream, evaluate, useGlobal, ignoreUndefined);
  var options = prompt !== null && typeof prompt === 'object'
    ? prompt
    : { prompt: prompt, input: stream, output: stream, eval: evaluate, useGlobal: useGlobal, ignoreUndefined: ignoreUndefined };
  EventEmitter.call(this);
  var self = this;
  this.inputStream = options.input || options.stream || process.stdin;
  this.outputStream = options.output || options.stream || process.stdout;
  this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
  this.useGlobal = !!options.useGlobal;
  this.ignoreUndefined = !!options.ignoreUndefined;
  this.useColors = !!options.useColors;
  this.writer = options.writer || function (value) { return util.inspect(value, { colors: self.useColors }); };
  this.eval = options.eval || defaultEval;
  this.commands = Object.create(null);
  this.bufferedCommand = '';
  this.closed = false;
  this.resetContext();
  defineDefaultCommands(this);

  var pending = '';
  this._onData = function (chunk) {
    pending += chunk;
    var newline;
    while (!self.closed && (newline = pending.indexOf('\n')) >= 0) {
      var line = pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      self._online(line);
    }
  };
  this._onEnd = function () { self.close(); };
  if (this.inputStream.setEncoding) this.inputStream.setEncoding('utf8');
  this.inputStream.on('data', this._onData);
  this.inputStream.on('end', this._onEnd);
  if (this.inputStream.resume) this.inputStream.resume();
  this.displayPrompt();
}
util.inherits(REPLServer, EventEmitter);

function defaultEval(code, context, file, callback) {
  var result;
  try {
    result = this.useGlobal ? vm.runInThisContext(code, file) : vm.runInContext(code, context, file);
  } catch (error) {
    return callback(error);
  }
  callback(null, result);
}

REPLServer.prototype.resetContext = function () {
  var context;
  if (this.useGlobal) {
    context = global;
  } else {
    context = vm.createContext();
    context.global = context;
    context.console = console;
    context.require = require;
    context.module = module;
    context.process = process;
    context.Buffer = Buffer;
    context.setTimeout = setTimeout;
    context.clearTimeout = clearTimeout;
    context.setInterval = setInterval;
    context.clearInterval = clearInterval;
  }
  this.context = context;
  this.lines = [];
  this.emit('reset', context);
};

REPLServer.prototype.displayPrompt = function () {
  this.outputStream.write(this.bufferedCommand.length > 0 ? '... ' : this._prompt);
};

REPLServer.prototype.setPrompt = function (prompt) { this._prompt = String(prompt); };

REPLServer.prototype.defineCommand = function (keyword, command) {
  if (typeof command === 'function') command = { action: command };
  if (!command || typeof command.action !== 'function') throw new TypeError('The "cmd.action" property must be of type function');
  this.commands[keyword] = command;
};

REPLServer.prototype._online = function (line) {
  var self = this;
  var match = /^\.([a-zA-Z_$][\w$]*)(?:\s+(.*))?$/.exec(line.trim());
  if (match && this.commands[match[1]]) {
    this.commands[match[1]].action.call(this, match[2] || '');
    if (!this.closed) this.displayPrompt();
    return;
  }
  if (match && this.bufferedCommand.length === 0) {
    this.outputStream.write('Invalid REPL keyword\n');
    this.displayPrompt();
    return;
  }
  var code = this.bufferedCommand + line + '\n';
  this.eval(code, this.context, 'repl', function (error, result) {
    if (error && isRecoverable(error)) {
      self.bufferedCommand = code;
      self.displayPrompt();
      return;
    }
    self.bufferedCommand = '';
    self.lines.push(code);
    if (error) {
      self.outputStream.write('Uncaught ' + describeUncaught(error) + '\n');
    } else if (!(self.ignoreUndefined && result === undefined)) {
      if (result !== undefined) self.context._ = result;
      self.outputStream.write(self.writer(result) + '\n');
    }
    self.displayPrompt();
  });
};

REPLServer.prototype.close = function () {
  if (this.closed) return;
  this.closed = true;
  this.inputStream.removeListener('data', this._onData);
  this.inputStream.removeListener('end', this._onEnd);
  if (this.inputStream.pause) this.inputStream.pause();
  this.emit('exit');
  this.emit('close');
};

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function () { this.bufferedCommand = ''; }
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action: function () {
      this.bufferedCommand = '';
      if (!this.useGlobal) {
        this.outputStream.write('Clearing context...\n');
        this.resetContext();
      }
    }
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action: function () { this.close(); }
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action: function () {
      var self = this;
      var names = Object.keys(this.commands).sort();
      var width = names.reduce(function (max, name) { return Math.max(max, name.length); }, 0);
      names.forEach(function (name) {
        var help = self.commands[name].help || '';
        self.outputStream.write('.' + name + (help ? new Array(width - name.length + 5).join(' ') + help : '') + '\n');
      });
    }
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function (file) {
      try {
        fs.writeFileSync(file, this.lines.join(''));
        this.outputStream.write('Session saved to: ' + file + '\n');
      } catch (e) {
        this.outputStream.write('Failed to save: ' + file + '\n');
      }
    }
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function (file) {
      var text;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        this.outputStream.write('Failed to load: ' + file + '\n');
        return;
      }
      var self = this;
      text.split('\n').forEach(function (line) { if (line.length > 0) self._online(line); });
    }
  });
}

function start(prompt, source, evaluate, useGlobal, ignoreUndefined) {
  return new REPLServer(prompt, source, evaluate, useGlobal, ignoreUndefined);
}

module.exports = { start: start, REPLServer: REPLServer };
