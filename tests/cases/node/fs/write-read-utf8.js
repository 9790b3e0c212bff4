// writeFileSync then readFileSync with utf8 (string and options forms)
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/a.txt', 'héllo wörld ✓');
console.log(fs.readFileSync(dir + '/a.txt', 'utf8'));
console.log(fs.readFileSync(dir + '/a.txt', { encoding: 'utf8' }));
console.log(fs.readFileSync(dir + '/a.txt', { encoding: 'utf-8', flag: 'r' }).length);
fs.rmSync(dir, { recursive: true, force: true });
