// readdirSync with non-ASCII names sorts by bytes
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
['\u00e9', 'z', '\u65e5', 'a', 'Z'].forEach(function (n) { fs.writeFileSync(dir + '/' + n, ''); });
console.log(fs.readdirSync(dir).join(' '));
fs.rmSync(dir, { recursive: true, force: true });
