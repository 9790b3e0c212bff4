// copyFile with a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/src', 'data');
fs.copyFile(dir + '/src', dir + '/dst', function (err) {
  console.log(err, fs.readFileSync(dir + '/dst', 'utf8'));
  fs.copyFile(dir + '/src', dir + '/dst', fs.constants.COPYFILE_EXCL, function (err) {
    report(err);
    fs.rmSync(dir, { recursive: true });
  });
});
