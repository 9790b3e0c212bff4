// writeFileSync rejects data that is not a string or buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
[5, {}, null, undefined, true].forEach(function (v) {
  try { fs.writeFileSync(dir + '/bad.txt', v); } catch (e) { console.log(e.name, e.code, e.message); }
});
console.log(fs.existsSync(dir + '/bad.txt'));
fs.rmSync(dir, { recursive: true, force: true });
