// mkdtempSync adds six characters to the prefix
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var made = fs.mkdtempSync(dir + '/tmp-');
var name = made.slice((dir + '/tmp-').length);
console.log(made.indexOf(dir + '/tmp-') === 0, name.length, /^[A-Za-z0-9]{6}$/.test(name), fs.statSync(made).isDirectory());
console.log((fs.statSync(made).mode & 0o777).toString(8));
try { fs.mkdtempSync(dir + '/no/such/'); } catch (e) { report(e); }
fs.mkdtemp(dir + '/async-', function (err, p) {
  console.log(err, p.indexOf(dir + '/async-') === 0, fs.existsSync(p));
  fs.rmSync(dir, { recursive: true });
});
