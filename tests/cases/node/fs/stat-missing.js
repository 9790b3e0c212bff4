// statSync, lstatSync and stat of a missing path
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.statSync(dir + '/missing'); } catch (e) { report(e); }
try { fs.lstatSync(dir + '/missing'); } catch (e) { report(e); }
console.log(fs.statSync(dir + '/missing', { throwIfNoEntry: false }));
console.log(fs.lstatSync(dir + '/missing', { throwIfNoEntry: false }));
fs.stat(dir + '/missing', function (err, st) {
  report(err);
  console.log(st);
  fs.rmSync(dir, { recursive: true });
});
