// readdirSync lists entries sorted, without . and ..
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
['b', 'a', 'C', '10', '9', '_x', '.hidden'].forEach(function (n) { fs.writeFileSync(dir + '/' + n, n); });
fs.mkdirSync(dir + '/sub');
console.log(fs.readdirSync(dir).join(' '));
console.log(fs.readdirSync(dir + '/sub').length);
fs.rmSync(dir, { recursive: true, force: true });
