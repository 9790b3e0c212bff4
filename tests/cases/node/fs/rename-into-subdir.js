// renaming a directory into itself fails with EINVAL
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/p');
try { fs.renameSync(dir + '/p', dir + '/p/child'); } catch (e) { report(e); }
console.log(fs.existsSync(dir + '/p'));
fs.rmSync(dir, { recursive: true, force: true });
