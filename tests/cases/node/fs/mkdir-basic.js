// mkdirSync, then errors for an existing dir and a missing parent
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
console.log(fs.mkdirSync(dir + '/a'));
console.log(fs.statSync(dir + '/a').isDirectory());
try { fs.mkdirSync(dir + '/a'); } catch (e) { report(e); }
try { fs.mkdirSync(dir + '/x/y'); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
