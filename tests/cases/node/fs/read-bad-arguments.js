// readSync validation without a buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w+');
[function () { fs.readSync(fd, 'string'); },
 function () { fs.readSync(fd, {}); },
 function () { fs.readSync(fd, null); },
 function () { fs.readSync(-1, 'x'); }].forEach(function (a) {
  try { a(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.closeSync(fd);
fs.rmSync(dir, { recursive: true, force: true });
