// statSync of a file: type checks and field types
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '12345');
var s = fs.statSync(dir + '/f');
console.log(s.constructor.name, s instanceof fs.Stats, s.size, s.nlink);
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
console.log(['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].map(function (k) {
  return k + ':' + typeof s[k];
}).join(' '));
console.log(s.atime instanceof Date, s.mtime instanceof Date, s.ctime instanceof Date, s.birthtime instanceof Date);
console.log(s.uid === process.getuid(), s.gid === process.getgid(), s.blocks >= 0, s.blksize > 0, s.rdev);
fs.rmSync(dir, { recursive: true, force: true });
