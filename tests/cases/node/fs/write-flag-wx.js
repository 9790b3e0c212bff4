// writeFileSync with flag wx fails on an existing file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/x.txt';
fs.writeFileSync(f, 'one', { flag: 'wx' });
try { fs.writeFileSync(f, 'two', { flag: 'wx' }); } catch (e) { report(e); }
console.log(fs.readFileSync(f, 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
