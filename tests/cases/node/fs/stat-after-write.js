// size and mtime change after a write
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'a');
fs.utimesSync(dir + '/f', 1000, 1000);
var before = fs.statSync(dir + '/f');
fs.appendFileSync(dir + '/f', 'bcd');
var after = fs.statSync(dir + '/f');
console.log(before.size, after.size, after.mtimeMs > before.mtimeMs, after.ino === before.ino);
fs.rmSync(dir, { recursive: true, force: true });
