// fstatSync agrees with statSync and fails on an fd that is not open
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'hello');
var fd = fs.openSync(dir + '/f', 'r');
var a = fs.fstatSync(fd), b = fs.statSync(dir + '/f');
console.log(a.size, a.ino === b.ino, a.dev === b.dev, a.mode === b.mode, a.mtimeMs === b.mtimeMs);
fs.closeSync(fd);
try { fs.fstatSync(2147483647); } catch (e) { report(e); }
try { fs.fstatSync('x'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
