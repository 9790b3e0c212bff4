// utimesSync with seconds, Dates and numeric strings
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/f';
fs.writeFileSync(f, '');
fs.utimesSync(f, 1000000000, 1234567890);
var s = fs.statSync(f);
console.log(s.atimeMs, s.mtimeMs, s.mtime.toISOString());
fs.utimesSync(f, new Date(1500000000123), new Date('2001-02-03T04:05:06.789Z'));
s = fs.statSync(f);
console.log(s.atimeMs, s.mtimeMs, s.atime.toISOString());
fs.utimesSync(f, '86400', '172800.5');
s = fs.statSync(f);
console.log(s.atimeMs, s.mtimeMs);
try { fs.utimesSync(f, 'soon', 1); } catch (e) { console.log(e.code, e.message); }
try { fs.utimesSync(dir + '/missing', 1, 1); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
