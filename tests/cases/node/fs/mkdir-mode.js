// mkdirSync with a mode (number, string and option)
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
process.umask(0o022);
fs.mkdirSync(dir + '/a', 0o700);
fs.mkdirSync(dir + '/b', '750');
fs.mkdirSync(dir + '/c', { mode: 0o711 });
fs.mkdirSync(dir + '/d');
['a', 'b', 'c', 'd'].forEach(function (n) {
  console.log(n, (fs.statSync(dir + '/' + n).mode & 0o777).toString(8));
});
try { fs.mkdirSync(dir + '/e', { mode: 'rwx' }); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
