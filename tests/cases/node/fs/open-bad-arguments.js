// openSync argument validation: flags and mode
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/x';
var attempts = [
  function () { fs.openSync(f, 'bogus'); },
  function () { fs.openSync(f, {}); },
  function () { fs.openSync(f, 'w', 'abc'); },
  function () { fs.openSync(f, 'w', -1); },
  function () { fs.openSync(f, 'w', 1.5); },
  function () { fs.openSync(f, 'w', 2 * 4294967296); },
  function () { fs.openSync(f, 'w', {}); },
  function () { fs.openSync(42, 'r'); }
];
attempts.forEach(function (a) {
  try { a(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.rmSync(dir, { recursive: true, force: true });
