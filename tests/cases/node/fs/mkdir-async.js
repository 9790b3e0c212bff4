// mkdir with callbacks, recursive and not
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdir(dir + '/a', function (err, path) {
  console.log('plain', err, path);
  fs.mkdir(dir + '/b/c', { recursive: true }, function (err, path) {
    console.log('recursive', err, clean(path));
    fs.mkdir(dir + '/a', function (err) {
      report(err);
      fs.mkdir(dir + '/a', { recursive: true }, function (err, path) {
        console.log('exists', err, path);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
