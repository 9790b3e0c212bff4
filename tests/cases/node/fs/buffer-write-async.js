// write with a buffer and a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w');
var data = Buffer.from('buffered');
fs.write(fd, data, 0, data.length, null, function (err, n, b) {
  console.log(err, n, b === data);
  fs.write(fd, data, function (err, n) {
    console.log(err, n);
    fs.closeSync(fd);
    console.log(fs.readFileSync(dir + '/f', 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
