// close with a callback reports EBADF to it
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var unused = 2147483647; // never a closed fd: cases share a process, and fd numbers get reused
fs.close(unused, function (err) {
  report(err);
  fs.rmSync(dir, { recursive: true });
});
