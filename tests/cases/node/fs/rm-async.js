// rm with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/d/e', { recursive: true });
fs.rm(dir + '/d', function (err) {
  console.log(err.code, err.name);
  fs.rm(dir + '/d', { recursive: true }, function (err) {
    console.log('recursive', err, fs.existsSync(dir + '/d'));
    fs.rm(dir + '/d', function (err) {
      report(err);
      fs.rm(dir + '/d', { force: true }, function (err) {
        console.log('force', err);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
