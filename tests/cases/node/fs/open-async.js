// open and close with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/o.txt';
fs.open(f, 'w', function (err, fd) {
  console.log('open', err, typeof fd);
  fs.write(fd, 'via fd', function (err, written, str) {
    console.log('write', err, written, str);
    fs.close(fd, function (err) {
      console.log('close', err, fs.readFileSync(f, 'utf8'));
      fs.open(dir + '/missing', function (err, fd) {
        report(err);
        console.log(fd);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
