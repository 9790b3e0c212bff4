// readFileSync on a directory fails with EISDIR read
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.readFileSync(dir, 'utf8'); } catch (e) { report(e); }
fs.readFile(dir, 'utf8', function (err) {
  report(err);
  fs.rmSync(dir, { recursive: true });
});
