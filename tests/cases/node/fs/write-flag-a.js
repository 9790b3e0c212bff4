// writeFileSync with flag a appends
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/a.txt';
fs.writeFileSync(f, 'one');
fs.writeFileSync(f, '-two', { flag: 'a' });
fs.writeFileSync(f, '-three', { flag: 'a+' });
console.log(fs.readFileSync(f, 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
