// The terminal side of readline.Interface: a one-line editor driven by 'keypress' events,
// redrawn with the escape sequences of internal/readline/cursor.
'use strict';

var cursor = require('internal/readline/cursor');

module.exports = function (Interface) {
  var proto = Interface.prototype;

  proto._refreshLine = function () {
    if (!this.output) return;
    cursor.cursorTo(this.output, 0);
    this._writeToOutput(this._prompt + this.line);
    cursor.clearLine(this.output, 1);
    cursor.cursorTo(this.output, this._prompt.length + this.cursor);
  };

  proto._insertString = function (c) {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      this.line += c;
      this.cursor += c.length;
      this._writeToOutput(c);
    }
  };

  proto._addHistory = function () {
    if (this.line.length === 0 || this.historySize === 0) return this.line;
    if (this.history[0] !== this.line) {
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    return this.line;
  };

  proto._historyMove = function (step) {
    var index = this.historyIndex + step;
    if (index < -1 || index >= this.history.length) return;
    this.historyIndex = index;
    this.line = index === -1 ? '' : this.history[index];
    this.cursor = this.line.length;
    this._refreshLine();
  };

  proto._submitLine = function () {
    var line = this._addHistory();
    this.line = '';
    this.cursor = 0;
    this._writeToOutput('\r\n');
    this._onLine(line);
  };

  proto._tabComplete = function () {
    var self = this;
    var prefix = this.line.slice(0, this.cursor);
    this.pause();
    this.completer(prefix, function (err, result) {
      self.resume();
      if (err || !result) return;
      var completions = result[0];
      var sub = result[1];
      if (completions.length === 1) {
        self._insertString(completions[0].slice(sub.length));
      } else if (completions.length > 1) {
        self._writeToOutput('\r\n' + completions.join('  ') + '\r\n');
        self._refreshLine();
      }
    });
  };

  proto._ttyWrite = function (s, key) {
    key = key || {};
    if (key.ctrl && key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.ctrl && key.name === 'd') {
      if (this.cursor === 0 && this.line.length === 0) this.close();
      else if (this.cursor < this.line.length) this._deleteRight();
      return;
    }
    switch (key.name) {
      case 'return':
      case 'enter':
        this._submitLine();
        return;
      case 'backspace':
        if (this.cursor > 0) {
          this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
          this.cursor--;
          this._refreshLine();
        }
        return;
      case 'delete':
        this._deleteRight();
        return;
      case 'left':
        if (this.cursor > 0) { this.cursor--; cursor.moveCursor(this.output, -1, 0); }
        return;
      case 'right':
        if (this.cursor < this.line.length) { this.cursor++; cursor.moveCursor(this.output, 1, 0); }
        return;
      case 'home':
        this.cursor = 0;
        this._refreshLine();
        return;
      case 'end':
        this.cursor = this.line.length;
        this._refreshLine();
        return;
      case 'up':
        this._historyMove(1);
        return;
      case 'down':
        this._historyMove(-1);
        return;
      case 'tab':
        if (typeof this.completer === 'function') {
          this._tabComplete();
          return;
        }
        break;
    }
    if (typeof s === 'string' && s && !key.ctrl && !key.meta) {
      // Text pasted with line breaks submits each line.
      var parts = s.split(/\r\n|\n|\r/);
      for (var i = 0; i < parts.length; i++) {
        if (i > 0) this._submitLine();
        if (parts[i]) this._insertString(parts[i]);
      }
    }
  };

  proto._deleteRight = function () {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
      this._refreshLine();
    }
  };
};
