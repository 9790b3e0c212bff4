// closeSync validation and EBADF on an fd that is not open
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var unused = 2147483647; // never a closed fd: cases share a process, and fd numbers get reused
try { fs.closeSync(unused); } catch (e) { report(e); }
[-1, 1.5, '3', 2147483648, undefined].forEach(function (v) {
  try { fs.closeSync(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.rmSync(dir, { recursive: true, force: true });
