// The fs functions that act on paths: stat/lstat, chmod/chown, links, rename/unlink,
// directories (mkdir, readdir, rmdir, rm, mkdtemp), access/exists, utimes, realpath,
// copyFile. Each has node's callback form and its *Sync form.
'use strict';

var binding = require('internal/fs');
var utils = require('internal/fs/utils');

var getValidatedPath = utils.getValidatedPath;
var makeCallback = utils.makeCallback;
var getOptions = utils.getOptions;
var parseFileMode = utils.parseFileMode;
var validateInteger = utils.validateInteger;

exports.install = function install(fs, isFd, statsCallback, encodingOf) {
  function stat(path, options, callback) {
    if (typeof options === 'function') callback = options;
    callback = statsCallback(callback);
    binding.stat(getValidatedPath(path), callback);
  }

  function lstat(path, options, callback) {
    if (typeof options === 'function') callback = options;
    callback = statsCallback(callback);
    binding.lstat(getValidatedPath(path), callback);
  }

  function statWith(call) {
    return function (path, options) {
      path = getValidatedPath(path);
      try {
        return utils.statsFromValues(call(path));
      } catch (err) {
        if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
        throw err;
      }
    };
  }

  function chmod(path, mode, callback) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    binding.chmod(path, mode, makeCallback(callback));
  }

  function chmodSync(path, mode) {
    binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
  }

  // lchmod: the v0.8 manual documents it; node only has it on macOS. Here it is Linux's
  // lchmod(2): the mode of a file, or EOPNOTSUPP for a symbolic link itself.
  function lchmod(path, mode, callback) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    binding.lchmod(path, mode, makeCallback(callback));
  }

  function lchmodSync(path, mode) {
    binding.lchmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
  }

  function ownerCall(call, sync) {
    return function (path, uid, gid, callback) {
      if (!sync) callback = makeCallback(callback);
      path = getValidatedPath(path);
      validateInteger(uid, 'uid', -1, 4294967295);
      validateInteger(gid, 'gid', -1, 4294967295);
      return call(path, uid, gid, sync ? undefined : callback);
    };
  }

  function twoPaths(call, first, second, sync) {
    return function (a, b, callback) {
      if (!sync) callback = makeCallback(callback);
      return call(getValidatedPath(a, first), getValidatedPath(b, second), sync ? undefined : callback);
    };
  }

  function symlink(target, path, type, callback) {
    callback = makeCallback(arguments[arguments.length - 1]);
    binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), callback);
  }

  function symlinkSync(target, path) {
    binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
  }

  function readlink(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    getOptions(options);
    binding.readlink(getValidatedPath(path, 'oldPath'), callback);
  }

  function readlinkSync(path, options) {
    getOptions(options);
    return binding.readlink(getValidatedPath(path, 'oldPath'));
  }

  function realpathCall(native) {
    return function realpath(path, options, callback) {
      callback = makeCallback(typeof options === 'function' ? options : callback);
      getOptions(options);
      binding.realpath(getValidatedPath(path), native, callback);
    };
  }

  function realpathSyncCall(native) {
    return function realpathSync(path, options) {
      getOptions(options);
      return binding.realpath(getValidatedPath(path), native);
    };
  }

  function onePath(call, sync) {
    return function (path, callback) {
      if (!sync) callback = makeCallback(callback);
      return call(getValidatedPath(path), sync ? undefined : callback);
    };
  }

  function rmdir(path, options, callback) {
    if (typeof options === 'function') callback = options;
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    if (options && options.recursive) return binding.rm(path, true, false, callback);
    binding.rmdir(path, callback);
  }

  function rmdirSync(path, options) {
    path = getValidatedPath(path);
    if (options && options.recursive) return binding.rm(path, true, false);
    binding.rmdir(path);
  }

  function mkdirArguments(options) {
    var mode = 0o777, recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
      mode = parseFileMode(options, 'mode');
    } else if (options && typeof options === 'object') {
      if (options.recursive !== undefined) recursive = options.recursive;
      if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
    }
    return { mode: mode, recursive: recursive };
  }

  function mkdir(path, options, callback) {
    if (typeof options === 'function') callback = options;
    var args = mkdirArguments(typeof options === 'function' ? undefined : options);
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    utils.validateBoolean(args.recursive, 'options.recursive');
    binding.mkdir(path, args.mode, args.recursive, callback);
  }

  function mkdirSync(path, options) {
    var args = mkdirArguments(options);
    path = getValidatedPath(path);
    utils.validateBoolean(args.recursive, 'options.recursive');
    return binding.mkdir(path, args.mode, args.recursive);
  }

  function readdirOptions(options) {
    options = getOptions(options);
    if (options.recursive != null) utils.validateBoolean(options.recursive, 'options.recursive');
    return options;
  }

  function readdir(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = readdirOptions(options);
    path = getValidatedPath(path);
    var withTypes = Boolean(options.withFileTypes);
    binding.readdir(path, withTypes, function (err, result) {
      if (err) return callback(err);
      callback(null, withTypes ? utils.direntsFromValues(path, result) : result);
    });
  }

  function readdirSync(path, options) {
    options = readdirOptions(options);
    path = getValidatedPath(path);
    var withTypes = Boolean(options.withFileTypes);
    var result = binding.readdir(path, withTypes);
    return withTypes ? utils.direntsFromValues(path, result) : result;
  }

  function mkdtemp(prefix, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    getOptions(options);
    binding.mkdtemp(getValidatedPath(prefix, 'prefix'), callback);
  }

  function mkdtempSync(prefix, options) {
    getOptions(options);
    return binding.mkdtemp(getValidatedPath(prefix, 'prefix'));
  }

  function access(path, mode, callback) {
    if (typeof mode === 'function') {
      callback = mode;
      mode = undefined;
    }
    path = getValidatedPath(path);
    mode = utils.getValidMode(mode);
    binding.access(path, mode, makeCallback(callback));
  }

  function accessSync(path, mode) {
    binding.access(getValidatedPath(path), utils.getValidMode(mode));
  }

  function exists(path, callback) {
    callback = utils.validateFunction(callback, 'cb');
    try {
      access(path, 0, function (err) { callback(!err); });
    } catch (e) {
      return callback(false);
    }
  }

  function existsSync(path) {
    try {
      binding.access(getValidatedPath(path), 0);
      return true;
    } catch (e) {
      return false;
    }
  }

  function utimesCall(noFollow, sync) {
    return function (path, atime, mtime, callback) {
      if (!sync) callback = makeCallback(callback);
      path = getValidatedPath(path);
      atime = utils.toUnixTimestamp(atime, 'atime');
      mtime = utils.toUnixTimestamp(mtime, 'mtime');
      return binding.utimes(path, atime, mtime, noFollow, sync ? undefined : callback);
    };
  }

  function copyFile(src, dest, mode, callback) {
    if (typeof mode === 'function') {
      callback = mode;
      mode = 0;
    }
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    mode = utils.getValidMode(mode);
    binding.copyFile(src, dest, mode, makeCallback(callback));
  }

  function copyFileSync(src, dest, mode) {
    binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), utils.getValidMode(mode));
  }

  function rmOptions(options) {
    options = Object.assign({ recursive: false, force: false, retryDelay: 100, maxRetries: 0 }, options);
    utils.validateBoolean(options.recursive, 'options.recursive');
    utils.validateBoolean(options.force, 'options.force');
    return options;
  }

  // rm: lstat first, as node does, so a missing path and a directory without
  // {recursive: true} fail the way node's validateRmOptions makes them fail.
  function rm(path, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    path = getValidatedPath(path);
    options = rmOptions(options);
    binding.lstat(path, function (err, values) {
      if (err) {
        if (options.force && err.code === 'ENOENT') return callback(null);
        return callback(err);
      }
      if (utils.statsFromValues(values).isDirectory() && !options.recursive) {
        return callback(utils.fsIsDirectoryError(path, 'rm'));
      }
      binding.rm(path, options.recursive, options.force, callback);
    });
  }

  function rmSync(path, options) {
    path = getValidatedPath(path);
    options = rmOptions(options);
    var values;
    try {
      values = binding.lstat(path);
    } catch (err) {
      if (options.force && err.code === 'ENOENT') return;
      throw err;
    }
    if (utils.statsFromValues(values).isDirectory() && !options.recursive) {
      throw utils.fsIsDirectoryError(path, 'rm');
    }
    binding.rm(path, options.recursive, options.force);
  }

  var realpath = realpathCall(false);
  realpath.native = realpathCall(true);
  var realpathSync = realpathSyncCall(false);
  realpathSync.native = realpathSyncCall(true);

  var methods = {
    stat: stat, lstat: lstat, statSync: statWith(binding.stat), lstatSync: statWith(binding.lstat),
    chmod: chmod, chmodSync: chmodSync, lchmod: lchmod, lchmodSync: lchmodSync,
    chown: ownerCall(binding.chown, false), chownSync: ownerCall(binding.chown, true),
    lchown: ownerCall(binding.lchown, false), lchownSync: ownerCall(binding.lchown, true),
    link: twoPaths(binding.link, 'existingPath', 'newPath', false),
    linkSync: twoPaths(binding.link, 'existingPath', 'newPath', true),
    symlink: symlink, symlinkSync: symlinkSync, readlink: readlink, readlinkSync: readlinkSync,
    realpath: realpath, realpathSync: realpathSync,
    rename: twoPaths(binding.rename, 'oldPath', 'newPath', false),
    renameSync: twoPaths(binding.rename, 'oldPath', 'newPath', true),
    unlink: onePath(binding.unlink, false), unlinkSync: onePath(binding.unlink, true),
    rmdir: rmdir, rmdirSync: rmdirSync, mkdir: mkdir, mkdirSync: mkdirSync,
    readdir: readdir, readdirSync: readdirSync, mkdtemp: mkdtemp, mkdtempSync: mkdtempSync,
    access: access, accessSync: accessSync, exists: exists, existsSync: existsSync,
    utimes: utimesCall(false, false), utimesSync: utimesCall(false, true),
    lutimes: utimesCall(true, false), lutimesSync: utimesCall(true, true),
    copyFile: copyFile, copyFileSync: copyFileSync, rm: rm, rmSync: rmSync
  };
  Object.keys(methods).forEach(function (name) {
    fs[name] = methods[name];
  });
};
