// The ChildProcess class: https://nodejs.org/docs/v0.8.16/api/child_process.html#child_process_class_childprocess
// An EventEmitter around a host handle (internal/child_process_binding): stdin is a Writable,
// stdout/stderr Readables fed by chunks the host posts to the loop. 'exit' comes when the
// process ends, 'close' once it ended and its piped outputs closed too (node's maybeClose).
'use strict';

var EventEmitter = require('events');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var errors = require('internal/util/errors');
var binding = require('internal/child_process_binding');
var ipc = require('internal/child_process/ipc');

var signalNumbers = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16,
  SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

// convertToValidSignal: a name or number; anything else is ERR_UNKNOWN_SIGNAL.
function signalNumber(signal) {
  if (typeof signal === 'number' && Object.keys(signalNumbers).some(function (k) { return signalNumbers[k] === signal; })) return signal;
  if (typeof signal === 'string' && signalNumbers.hasOwnProperty(signal.toUpperCase())) return signalNumbers[signal.toUpperCase()];
  throw errors.coded(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + signal);
}

// An error as libuv reports a failed call: `syscall CODE` with errno, code and syscall.
function uvException(code, syscall, path) {
  var err = new Error(syscall + ' ' + code);
  err.errno = binding.errno(code);
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  return err;
}

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = null;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

function makeReadable(child) {
  var stream = new Readable({ read: function () {} });
  child._closesNeeded++;
  stream.on('close', function () { maybeClose(child); });
  return stream;
}

function makeWritable(child) {
  var stream = new Writable({
    write: function (chunk, encoding, cb) {
      var handle = child._handle;
      if (!handle) return cb(uvException('EPIPE', 'write'));
      var bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      handle.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), function (code) {
        cb(code ? uvException(code, 'write') : undefined);
      });
    },
    final: function (cb) {
      if (child._handle) child._handle.end();
      cb();
    },
    destroy: function (err, cb) {
      if (child._handle) child._handle.end();
      cb(err);
    },
  });
  return stream;
}

// options: { file, args (with args[0] the name the child sees), cwd, envPairs, stdio (normalized) }
ChildProcess.prototype.spawn = function (options) {
  var self = this;
  var stdio = options.stdio;
  this.spawnfile = options.file;
  this.spawnargs = options.args;
  var host = {
    file: options.file,
    args: options.args.slice(1),
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: stdio.slice(0, 3),
    onData: function (fd, chunk) {
      var stream = fd === 1 ? self.stdout : self.stderr;
      if (!stream) return;
      if (chunk === null) stream.push(null);
      else stream.push(Buffer.from(chunk, 'latin1'));
    },
    onExit: function (code, signal) { onExit(self, code, signal); },
  };
  var channel = null;
  if (stdio.indexOf('ipc') !== -1) {
    channel = binding.listen(function (line) { ipc.onLine(self, line); });
    host.envPairs = (host.envPairs || envPairsOf(process.env)).concat([binding.channelVariable + '=' + channel.path]);
  }
  var result = binding.spawn(host);
  var streams = [null, null, null];
  if (stdio[0] === 'pipe') streams[0] = this.stdin = makeWritable(this);
  if (stdio[1] === 'pipe') streams[1] = this.stdout = makeReadable(this);
  if (stdio[2] === 'pipe') streams[2] = this.stderr = makeReadable(this);
  for (var i = 3; i < stdio.length; i++) streams.push(null);
  this.stdio = streams;
  if (typeof result === 'string') {
    if (channel) channel.close();
    var err = uvException(result, 'spawn ' + options.file, options.file);
    err.spawnargs = options.args.slice(1);
    process.nextTick(function () {
      self.emit('error', err);
      onExit(self, binding.errno(result), null);
    });
    return err;
  }
  this._handle = result;
  this.pid = result.pid;
  if (channel) ipc.setup(this, channel, true);
  process.nextTick(function () { self.emit('spawn'); });
  return null;
};

function onExit(child, code, signal) {
  if (signal) child.signalCode = signal;
  else child.exitCode = code;
  if (child.stdin) child.stdin.destroy();
  child._handle = null;
  if (code < 0) {
    // A spawn that failed: the outputs never open, so they close now.
    [child.stdout, child.stderr].forEach(function (s) { if (s) s.destroy(); });
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
    // flushStdio: an output nobody reads is resumed, so it can end and close.
    [child.stdout, child.stderr].forEach(function (s) {
      if (s && !s._readableState.readableListening && s.listenerCount('data') === 0) s.resume();
    });
  }
  maybeClose(child);
}

function envPairsOf(env) {
  var pairs = [];
  for (var key in env) {
    if (env[key] !== undefined) pairs.push(key + '=' + env[key]);
  }
  return pairs;
}

ChildProcess.prototype.kill = function (sig) {
  var signal = sig === 0 ? 0 : signalNumber(sig === undefined ? 'SIGTERM' : sig);
  if (!this._handle) return false;
  var rc = this._handle.kill(signal);
  if (rc === 0) {
    this.killed = true;
    return true;
  }
  if (rc !== -3) this.emit('error', uvException(binding.errname(rc), 'kill'));
  return false;
};

ChildProcess.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function () {
  if (this._handle) this._handle.unref();
};

module.exports = { ChildProcess: ChildProcess, envPairsOf: envPairsOf, signalNumber: signalNumber, uvException: uvException };
