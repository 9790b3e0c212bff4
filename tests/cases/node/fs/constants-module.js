// require('constants'): v0.8's flat table of open flags, errno and signal numbers, still
// present (deprecated) in node 20; the values agree with fs.constants and os.constants.
var constants = require('constants');
var fs = require('fs');
var os = require('os');

console.log(typeof constants, Object.isFrozen(constants));
console.log(constants === require('node:constants'));
['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'F_OK', 'R_OK', 'W_OK', 'X_OK'].forEach(function(name) {
  console.log(name, constants[name], constants[name] === fs.constants[name]);
});
['ENOENT', 'EEXIST', 'EACCES', 'EISDIR', 'EBADF'].forEach(function(name) {
  console.log(name, constants[name], constants[name] === os.constants.errno[name]);
});
['SIGINT', 'SIGTERM', 'SIGKILL', 'SIGHUP'].forEach(function(name) {
  console.log(name, constants[name], constants[name] === os.constants.signals[name]);
});
console.log('RTLD_LAZY' in constants, 'PRIORITY_LOW' in constants);

// the open flags a v0.8 program builds by hand open files as the string forms do
var path = require('path');
var file = path.join(os.tmpdir(), 'jsc-constants-module-' + process.pid + '.txt');
var fd = fs.openSync(file, constants.O_CREAT | constants.O_TRUNC | constants.O_WRONLY, 420);
fs.writeSync(fd, 'flags');
fs.closeSync(fd);
console.log(fs.readFileSync(file, 'utf8'));
try {
  fs.openSync(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
} catch (e) {
  console.log(e.code);
}
fs.unlinkSync(file);
