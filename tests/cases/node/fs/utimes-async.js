// utimes and futimes with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/f';
fs.writeFileSync(f, '');
fs.utimes(f, 100, 200, function (err) {
  var s = fs.statSync(f);
  console.log('utimes', err, s.atimeMs, s.mtimeMs);
  var fd = fs.openSync(f, 'r+');
  fs.futimes(fd, 300.25, new Date(400000), function (err) {
    var s = fs.fstatSync(fd);
    console.log('futimes', err, s.atimeMs, s.mtimeMs);
    fs.futimesSync(fd, 5, 6);
    console.log('sync', fs.fstatSync(fd).mtimeMs);
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
});
