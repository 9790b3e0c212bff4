// truncate with a callback, with and without a length
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/t';
fs.writeFileSync(f, 'abcdef');
fs.truncate(f, 2, function (err) {
  console.log(err, fs.readFileSync(f, 'utf8'));
  fs.truncate(dir + '/missing', function (err) {
    report(err);
    fs.truncate(f, function (err) {
      console.log('no length', err, fs.statSync(f).size);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
