// Stats dates agree with the *Ms numbers, and a new file is recent
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'x');
var s = fs.statSync(dir + '/f');
console.log(s.mtime.getTime() === Math.round(s.mtimeMs), s.atime.getTime() === Math.round(s.atimeMs));
console.log(Math.abs(Date.now() - s.mtimeMs) < 60000, s.ctimeMs >= s.birthtimeMs);
console.log(s.mtimeMs % 1 !== 0 || s.mtimeMs % 1 === 0);
fs.rmSync(dir, { recursive: true, force: true });
