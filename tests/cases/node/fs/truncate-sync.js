// truncateSync shortens, extends with zeros, and defaults to 0
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/t';
fs.writeFileSync(f, 'abcdefgh');
fs.truncateSync(f, 3);
console.log(fs.readFileSync(f, 'utf8'));
fs.truncateSync(f, 6);
console.log(fs.readFileSync(f, 'hex'));
fs.truncateSync(f);
console.log(fs.statSync(f).size);
fs.writeFileSync(f, 'xyz');
fs.truncateSync(f, -5);
console.log(fs.statSync(f).size);
try { fs.truncateSync(dir + '/missing', 1); } catch (e) { report(e); }
try { fs.truncateSync(f, 'x'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
