// child_process: https://nodejs.org/docs/v0.8.16/api/child_process.html — spawn, exec,
// execFile and fork over the host's process handles (internal/child_process/child.js). Where
// the v0.8 manual is silent the behaviour and messages are node 20's.
'use strict';

var errors = require('internal/util/errors');
var child = require('internal/child_process/child');
var binding = require('internal/child_process_binding');
var ChildProcess = child.ChildProcess;

function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

// stdio as an array of 'pipe' | 'ignore' | 'inherit' | 'ipc', one per descriptor.
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit' && stdio !== 'overlapped') {
      throw errors.invalidArgValue('stdio', stdio);
    }
    if (stdio === 'overlapped') stdio = 'pipe';
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) throw errors.invalidArgValue('stdio', stdio);
  var result = [];
  var ipcCount = 0;
  for (var i = 0; i < Math.max(3, stdio.length); i++) {
    var s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    else if (s === 'overlapped') s = 'pipe';
    else if (typeof s === 'number' || (s && typeof s.fd === 'number')) {
      var fd = typeof s === 'number' ? s : s.fd;
      if (fd !== i) throw new Error('stdio[' + i + ']: only a stream\'s own descriptor (' + i + ') can be passed to a child here');
      s = 'inherit';
    }
    if (s === 'ipc') ipcCount++;
    if (ipcCount > 1) throw errors.coded(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
    if (s !== 'pipe' && s !== 'ignore' && s !== 'inherit' && s !== 'ipc') throw errors.invalidArgValue('stdio', stdio);
    if (i >= 3 && s !== 'ipc' && s !== 'ignore') {
      throw new Error('stdio[' + i + ']: only \'ipc\' or \'ignore\' can be given beyond the three standard streams here');
    }
    result.push(s);
  }
  return result;
}

// normalizeSpawnArguments: (file, args, options) with node's checks and the shell option.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw errors.invalidArgValue('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw errors.invalidArgType('args', 'of type object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  if (options.cwd !== undefined && options.cwd !== null) validateString(options.cwd, 'options.cwd');
  if (options.shell) {
    var command = args.length ? file + ' ' + args.join(' ') : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  var env = options.env || process.env;
  return {
    file: file,
    args: args,
    cwd: options.cwd == null ? undefined : options.cwd,
    envPairs: child.envPairsOf(env),
    detached: !!options.detached,
  };
}

function spawn(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var raw = Array.isArray(args) || args == null ? options : args;
  opts.stdio = normalizeStdio(raw && raw.stdio);
  var subprocess = new ChildProcess();
  subprocess.spawn(opts);
  return subprocess;
}

// fork: the module runs in a new process of this same runtime, with an IPC channel.
function fork(modulePath, args, options) {
  validateString(modulePath, 'modulePath');
  if (args !== undefined && args !== null && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = Object.assign({}, options);
  var command = options.execPath ? [options.execPath] : binding.forkCommand();
  if (!command) throw new Error('fork: cannot find the jsc command line to run ' + modulePath + ' (set JSC_CLI to jsc.dll)');
  var execArgv = options.execArgv || [];
  var stdio = options.stdio;
  if (stdio === undefined) stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'];
  else if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  if (stdio.indexOf('ipc') === -1) throw errors.coded(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', 'Forked processes must have an IPC channel, missing value \'ipc\' in options.stdio');
  options.stdio = stdio;
  options.shell = false;
  var childArgs = command.slice(1).concat(execArgv, [modulePath], args || []);
  return spawn(command[0], childArgs, options);
}

function normalizeExecArgs(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  var opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// execFile: runs the file, collects its output, and calls back with node's error object.
function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args !== null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (args == null) args = [];
  options = Object.assign({ encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM' }, options);
  var killSignal = child.signalNumber(options.killSignal);
  var spawned = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, argv0: options.argv0, stdio: 'pipe',
  });
  var out = [], err = [], outLength = 0, errLength = 0;
  var exited = false, killed = false, ex = null, timer = null;
  var cmd = [file].concat(args).join(' ');

  function text(chunks) {
    var all = Buffer.concat(chunks);
    return options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? all.toString(options.encoding) : all;
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) clearTimeout(timer);
    if (typeof callback !== 'function') return;
    var stdout = text(out), stderr = text(err);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args.length) cmd = file + ' ' + args.join(' ');
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? binding.errname(code) : code;
      ex.killed = spawned.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function kill() {
    killed = true;
    try {
      spawned.kill(killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(function () {
      kill();
      timer = null;
    }, options.timeout);
  }

  function collect(chunks, name) {
    return function (chunk) {
      var length = name === 'stdout' ? (outLength += chunk.length) : (errLength += chunk.length);
      if (length > options.maxBuffer) {
        ex = errors.coded(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', name + ' maxBuffer length exceeded');
        var room = options.maxBuffer - (length - chunk.length);
        chunks.push(chunk.slice(0, Math.max(room, 0)));
        kill();
      } else {
        chunks.push(chunk);
      }
    };
  }
  if (spawned.stdout) spawned.stdout.on('data', collect(out, 'stdout'));
  if (spawned.stderr) spawned.stderr.on('data', collect(err, 'stderr'));
  spawned.addListener('close', exithandler);
  spawned.addListener('error', function (e) {
    ex = e;
    if (spawned.stdout) spawned.stdout.destroy();
    if (spawned.stderr) spawned.stderr.destroy();
    exithandler();
  });
  return spawned;
}

module.exports = {
  ChildProcess: ChildProcess,
  spawn: spawn,
  fork: fork,
  exec: exec,
  execFile: execFile,
  _forkChild: require('internal/child_process/ipc').setupChild,
};
