// statSync of /dev/null is a character device
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var s = fs.statSync('/dev/null');
console.log(s.isCharacterDevice(), s.isFile(), s.isBlockDevice(), s.size, s.rdev > 0);
fs.rmSync(dir, { recursive: true, force: true });
