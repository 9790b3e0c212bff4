// stat, lstat and fstat with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'abc');
fs.stat(dir + '/f', function (err, s) {
  console.log('stat', err, s.size, s.isFile());
  fs.lstat(dir, function (err, s) {
    console.log('lstat', err, s.isDirectory());
    var fd = fs.openSync(dir + '/f', 'r');
    fs.fstat(fd, function (err, s) {
      console.log('fstat', err, s.size, s instanceof fs.Stats);
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
