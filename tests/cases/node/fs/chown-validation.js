// chown argument validation
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
[function () { fs.chownSync(dir + '/f', -2, 0); },
 function () { fs.chownSync(dir + '/f', 0, '0'); },
 function () { fs.chownSync(dir + '/f', 1.5, 0); },
 function () { fs.chownSync(dir + '/f', 4294967296, 0); },
 function () { fs.fchownSync(-1, 0, 0); },
 function () { fs.chown(dir + '/f', 0, 0); }].forEach(function (a) {
  try { a(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.rmSync(dir, { recursive: true, force: true });
