// readSync offset and length checks against the buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w+');
var buf = Buffer.alloc(4);
[function () { fs.readSync(fd, buf, -1, 1, 0); },
 function () { fs.readSync(fd, buf, 0, 5, 0); },
 function () { fs.readSync(fd, buf, 5, 1, 0); },
 function () { fs.readSync(fd, buf, 0, 1, 'x'); }].forEach(function (a) {
  try { console.log(a()); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.closeSync(fd);
fs.rmSync(dir, { recursive: true, force: true });
