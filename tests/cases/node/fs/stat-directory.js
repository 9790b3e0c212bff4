// statSync of a directory
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/sub');
var s = fs.statSync(dir + '/sub');
console.log(s.isDirectory(), s.isFile(), (s.mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR, s.nlink);
fs.rmSync(dir, { recursive: true, force: true });
