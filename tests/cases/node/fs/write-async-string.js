// write callback gets bytes written and the string
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w');
fs.write(fd, 'abc', function (err, n, s) {
  console.log(err, n, s);
  fs.write(fd, 'xyz', 1, function (err, n, s) {
    console.log(err, n, s);
    fs.write(fd, '\u00ff', null, 'latin1', function (err, n, s) {
      console.log(err, n, JSON.stringify(s));
      fs.closeSync(fd);
      console.log(fs.readFileSync(dir + '/f', 'hex'));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
