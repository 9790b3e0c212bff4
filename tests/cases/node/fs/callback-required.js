// async functions throw ERR_INVALID_ARG_TYPE when the callback is missing
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var calls = [
  function () { fs.readFile(dir + '/x'); },
  function () { fs.stat(dir); },
  function () { fs.writeFile(dir + '/x', 'data'); },
  function () { fs.mkdir(dir + '/d'); },
  function () { fs.readdir(dir); },
  function () { fs.unlink(dir + '/x'); },
  function () { fs.rename(dir + '/x', dir + '/y'); },
  function () { fs.exists(dir); },
  function () { fs.open(dir + '/x', 'r'); },
  function () { fs.fstat(0, 'notafunction'); },
  function () { fs.access(dir); }
];
calls.forEach(function (f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.rmSync(dir, { recursive: true, force: true });
