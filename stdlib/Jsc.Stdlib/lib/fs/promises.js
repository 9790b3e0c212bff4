// fs.promises (https://nodejs.org/api/fs.html#promises-api): a thin layer over the callback
// API, whose binding calls already run on the thread pool. Every function returns a promise;
// argument errors reject it instead of throwing, as node's async functions do.
'use strict';

var fs = require('fs');

// The promise of fs[name](...args, callback).
function call(name, args) {
  return new Promise(function (resolve, reject) {
    var list = Array.prototype.slice.call(args);
    list.push(function (err, value) {
      if (err) reject(err);
      else resolve(value);
    });
    fs[name].apply(fs, list);
  });
}

function wrap(name) {
  var fn = {
    [name]: function () { return call(name, arguments); }
  }[name];
  return fn;
}

var names = ['access', 'appendFile', 'chmod', 'chown', 'copyFile', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir',
  'mkdtemp', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink',
  'truncate', 'unlink', 'utimes', 'writeFile'];
names.forEach(function (name) { exports[name] = wrap(name); });

// A FileHandle (https://nodejs.org/api/fs.html#class-filehandle): an open descriptor whose methods return promises.
class FileHandle extends require('events') {
  constructor(fd) {
    super();
    this._fd = fd;
  }

  get fd() { return this._fd; }

  _call(name, args) {
    if (this._fd === -1) {
      var err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = name;
      return Promise.reject(err);
    }
    return call(name, [this._fd].concat(Array.prototype.slice.call(args)));
  }

  // read(buffer, offset, length, position) resolves to { bytesRead, buffer }.
  read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      var options = buffer || {};
      buffer = options.buffer || Buffer.alloc(16384);
      offset = options.offset || 0;
      length = options.length !== undefined ? options.length : buffer.byteLength - offset;
      position = options.position !== undefined ? options.position : null;
    }
    if (offset === undefined) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    if (position === undefined) position = null;
    var self = this;
    return new Promise(function (resolve, reject) {
      if (self._fd === -1) return reject(closedError('read'));
      fs.read(self._fd, buffer, offset, length, position, function (err, bytesRead) {
        if (err) reject(err);
        else resolve({ bytesRead: bytesRead, buffer: buffer });
      });
    });
  }

  // write(buffer, offset, length, position) or write(string, position, encoding) resolves to { bytesWritten, buffer }.
  write(data) {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      if (self._fd === -1) return reject(closedError('write'));
      args.unshift(self._fd);
      args.push(function (err, bytesWritten) {
        if (err) reject(err);
        else resolve({ bytesWritten: bytesWritten, buffer: data });
      });
      fs.write.apply(fs, args);
    });
  }

  close() {
    if (this._fd === -1) return Promise.resolve();
    var fd = this._fd;
    this._fd = -1;
    var self = this;
    return call('close', [fd]).then(function () { self.emit('close'); });
  }

  stat(options) { return this._call('fstat', arguments); }
  truncate(len) { return this._call('ftruncate', arguments); }
  sync() { return this._call('fsync', arguments); }
  datasync() { return this._call('fdatasync', arguments); }
  chmod(mode) { return this._call('fchmod', arguments); }
  chown(uid, gid) { return this._call('fchown', arguments); }
  utimes(atime, mtime) { return this._call('futimes', arguments); }
  readFile(options) { return this._call('readFile', arguments); }
  writeFile(data, options) { return this._call('writeFile', arguments); }
  appendFile(data, options) { return this._call('appendFile', arguments); }
}

function closedError(syscall) {
  var err = new Error('EBADF: bad file descriptor, ' + syscall);
  err.errno = -9;
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// open(path, flags, mode) resolves to a FileHandle.
exports.open = function open(path, flags, mode) {
  var args = Array.prototype.slice.call(arguments);
  return call('open', args).then(function (fd) { return new FileHandle(fd); });
};

exports.constants = fs.constants;
