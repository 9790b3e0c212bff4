// read with a callback gives bytesRead and the buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'hello world');
var fd = fs.openSync(dir + '/f', 'r');
var buf = Buffer.alloc(5);
fs.read(fd, buf, 0, 5, 6, function (err, n, b) {
  console.log(err, n, b === buf, b.toString());
  fs.read(fd, { buffer: Buffer.alloc(3), position: 0 }, function (err, n, b) {
    console.log(err, n, b.toString());
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
});
