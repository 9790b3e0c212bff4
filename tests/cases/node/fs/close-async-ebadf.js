// close with a callback reports EBADF to it
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w');
fs.closeSync(fd);
fs.close(fd, function (err) {
  report(err);
  fs.rmSync(dir, { recursive: true });
});
