// new fs.Stats from values, and its methods
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var s = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 7, 100, 8, 1000, 2000.5, 3000, 4000);
console.log(s.dev, s.mode, s.ino, s.size, s.blocks, s.atimeMs, s.mtimeMs);
console.log(s.isFile(), s.isDirectory(), s.atime.toISOString(), s.mtime.getTime(), s.birthtime.getTime());
var d = new fs.Stats(0, 16877);
console.log(d.isDirectory(), d.isFile(), d.isSymbolicLink());
fs.rmSync(dir, { recursive: true, force: true });
