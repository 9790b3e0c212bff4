// invalid utf8 bytes decode to U+FFFD
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/b', 'ff41c3', 'hex');
var s = fs.readFileSync(dir + '/b', 'utf8');
console.log(s.length, s.charCodeAt(0).toString(16), s[1], s.charCodeAt(2).toString(16));
fs.rmSync(dir, { recursive: true, force: true });
