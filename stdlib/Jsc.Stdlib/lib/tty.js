// tty: https://nodejs.org/docs/v0.8.16/api/tty.html — isatty(fd), ReadStream (setRawMode,
// isRaw) and WriteStream (columns, rows, cursor and line control, color depth). The streams
// are the Readable/Writable of lib/internal/stdio.js with the terminal members added.
'use strict';

var stdio = require('internal/stdio');
var binding = require('internal/stdio_binding');
var readline = require('internal/readline/cursor');
var errors = require('internal/streams/errors');

exports.isatty = function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
};

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  if (fd >> 0 !== fd || fd < 0) throw errors.invalidArgValue('fd', fd);
  stdio.StdinStream.call(this, fd, options);
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, stdio.StdinStream.prototype);
Object.setPrototypeOf(ReadStream, stdio.StdinStream);

// readStream.setRawMode(mode): characters one by one, without echo or line editing.
if (typeof binding.setRawMode === 'function') {
  ReadStream.prototype.setRawMode = function (flag) {
    flag = !!flag;
    var err = binding.setRawMode(this.fd, flag);
    if (err) {
      this.emit('error', Object.assign(new Error('setRawMode failed (errno ' + -err + ')'), { errno: err, code: 'EIO' }));
      return this;
    }
    this.isRaw = flag;
    return this;
  };
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  if (fd >> 0 !== fd || fd < 0) throw errors.invalidArgValue('fd', fd);
  stdio.StdoutStream.call(this, fd);
  this.isTTY = true;
  var size = binding.windowSize(fd);
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, stdio.StdoutStream.prototype);
Object.setPrototypeOf(WriteStream, stdio.StdoutStream);

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getWindowSize = function () {
  var size = binding.windowSize(this.fd);
  return size ? [size[0], size[1]] : [this.columns, this.rows];
};

// Re-reads the size and emits 'resize' when it changed (node does this on SIGWINCH).
WriteStream.prototype._refreshSize = function () {
  var size = binding.windowSize(this.fd);
  if (size && (size[0] !== this.columns || size[1] !== this.rows)) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.clearLine = function (dir, cb) {
  return readline.clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function (cb) {
  return readline.clearScreenDown(this, cb);
};
WriteStream.prototype.cursorTo = function (x, y, cb) {
  return readline.cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function (dx, dy, cb) {
  return readline.moveCursor(this, dx, dy, cb);
};

// writeStream.getColorDepth([env]): 1, 4, 8 or 24 bits, from the environment as node reads it.
WriteStream.prototype.getColorDepth = function (env) {
  return colorDepth(env || process.env);
};

WriteStream.prototype.hasColors = function (count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= Math.pow(2, colorDepth(env || process.env));
};

function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (process.platform === 'win32') return 24;
  if (env.TMUX) return 24;
  if (env.CI) {
    var ciNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
    for (var i = 0; i < ciNames.length; i++) if (ciNames[i] in env) return 8;
    return env.CI_NAME === 'codeship' ? 8 : 1;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm': case 'MacTerm': return 24;
    case 'Apple_Terminal': return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM) || /^xterm-kitty|^alacritty|^wezterm|^terminator|^mosh|^rxvt-unicode-24bit/.test(env.TERM)) return 24;
    if (/^xterm-256/.test(env.TERM) || /-256(colou?r)?$/i.test(env.TERM)) return 8;
    if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux|^eterm|^konsole|^putty|^st$|^kterm|^gnome/i.test(env.TERM)) return 4;
  }
  if (env.COLORTERM) return 4;
  return 1;
}

exports.ReadStream = ReadStream;
exports.WriteStream = WriteStream;

// v0.8's tty.setRawMode(mode), deprecated in the manual in favour of process.stdin.setRawMode().
exports.setRawMode = function setRawMode(flag) {
  if (!process.stdin.isTTY) throw new Error("can't set raw mode on non-tty");
  process.stdin.setRawMode(flag);
};
