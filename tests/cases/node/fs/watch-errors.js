// fs.watch on a missing path throws ENOENT watch
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.watch(dir + '/missing'); } catch (e) { report(e); console.log(clean(e.filename)); }
try { fs.watch(5); } catch (e) { console.log(e.code, e.message); }
var w = fs.watch(dir);
w.unref();
w.close();
w.close();
console.log('closed twice');
fs.rmSync(dir, { recursive: true, force: true });
