// fsync and fdatasync in both forms
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w');
fs.writeSync(fd, 'data');
console.log(fs.fsyncSync(fd), fs.fdatasyncSync(fd));
fs.fsync(fd, function (err) {
  console.log('fsync', err);
  fs.fdatasync(fd, function (err) {
    console.log('fdatasync', err);
    fs.closeSync(fd);
    try { fs.fsyncSync(2147483647); } catch (e) { report(e); }
    fs.rmSync(dir, { recursive: true });
  });
});
