// readFileSync and readFile on a missing file give ENOENT open
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.readFileSync(dir + '/missing.txt', 'utf8'); } catch (e) { report(e); console.log(e instanceof Error, Object.keys(e).join()); }
fs.readFile(dir + '/missing.txt', 'utf8', function (err, data) {
  report(err);
  console.log(data);
  fs.rmSync(dir, { recursive: true });
});
