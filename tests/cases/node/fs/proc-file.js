// readFileSync of a /proc file whose stat size is 0
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var text = fs.readFileSync('/proc/self/stat', 'utf8');
console.log(fs.statSync('/proc/self/stat').size, text.length > 0, /^\d+ /.test(text));
fs.rmSync(dir, { recursive: true, force: true });
