// chmod and fchmod with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.chmod(dir + '/f', 0o640, function (err) {
  console.log('chmod', err, (fs.statSync(dir + '/f').mode & 0o777).toString(8));
  var fd = fs.openSync(dir + '/f', 'r');
  fs.fchmod(fd, '604', function (err) {
    console.log('fchmod', err, (fs.fstatSync(fd).mode & 0o777).toString(8));
    fs.fchmodSync(fd, 0o644);
    console.log('sync', (fs.fstatSync(fd).mode & 0o777).toString(8));
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  });
});
