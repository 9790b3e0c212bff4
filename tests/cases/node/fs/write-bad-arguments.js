// writeSync validation: fd and data
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w');
[function () { fs.writeSync(fd, {}); },
 function () { fs.writeSync(fd, 5); },
 function () { fs.writeSync('x', 'data'); },
 function () { fs.writeSync(fd, 'data', 0, 'bogus'); }].forEach(function (a) {
  try { a(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.closeSync(fd);
var ro = fs.openSync(dir + '/f', 'r');
try { fs.writeSync(ro, 'x'); } catch (e) { report(e); }
fs.closeSync(ro);
fs.rmSync(dir, { recursive: true, force: true });
