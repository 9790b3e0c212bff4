// writeFileSync with a mode creates the file with it (umask applied)
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/m.txt';
process.umask(0o022);
fs.writeFileSync(f, 'x', { mode: 0o640 });
console.log((fs.statSync(f).mode & 0o777).toString(8));
fs.writeFileSync(dir + '/m2.txt', 'x', { mode: '755' });
console.log((fs.statSync(dir + '/m2.txt').mode & 0o777).toString(8));
fs.rmSync(dir, { recursive: true, force: true });
