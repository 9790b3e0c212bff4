// the functions of the v0.8 manual exist in both forms
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var names = ['rename', 'ftruncate', 'truncate', 'chown', 'fchown', 'lchown', 'chmod', 'fchmod', 'stat', 'lstat', 'fstat',
  'link', 'symlink', 'readlink', 'realpath', 'unlink', 'rmdir', 'mkdir', 'readdir', 'close', 'open', 'utimes', 'futimes',
  'fsync', 'write', 'read', 'readFile', 'writeFile', 'appendFile', 'exists', 'access', 'copyFile', 'rm', 'mkdtemp'];
names.forEach(function (n) {
  if (typeof fs[n] !== 'function' || typeof fs[n + 'Sync'] !== 'function') console.log('missing', n);
});
['watchFile', 'unwatchFile', 'watch', 'createReadStream', 'createWriteStream'].forEach(function (n) {
  console.log(n, typeof fs[n]);
});
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.constants, fs.readFileSync.name, fs.statSync.length > 0);
console.log(require('node:fs') === fs);
fs.rmSync(dir, { recursive: true, force: true });
