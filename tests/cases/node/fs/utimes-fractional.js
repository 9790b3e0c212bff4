// utimes keeps fractions of a second (microseconds)
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.utimesSync(dir + '/f', 1.5, 2.25);
var s = fs.statSync(dir + '/f');
console.log(s.atimeMs, s.mtimeMs, s.atime.getTime(), s.mtime.getTime());
fs.utimesSync(dir + '/f', 1600000000.123456, 1600000000.987654);
s = fs.statSync(dir + '/f');
console.log(s.atimeMs.toFixed(3), s.mtimeMs.toFixed(3));
fs.rmSync(dir, { recursive: true, force: true });
