// writeFile callback form, then reading back
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/w.txt';
fs.writeFile(f, 'written', function (err) {
  console.log('written', err, fs.readFileSync(f, 'utf8'));
  fs.writeFile(f, 'again', { encoding: 'utf8', mode: 0o600, flag: 'w' }, function (err) {
    console.log('again', err, fs.readFileSync(f, 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
