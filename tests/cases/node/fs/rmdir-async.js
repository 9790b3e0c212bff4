// rmdir with callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/d');
fs.rmdir(dir + '/d', function (err) {
  console.log('removed', err, fs.existsSync(dir + '/d'));
  fs.rmdir(dir + '/d', function (err) {
    report(err);
    fs.rmSync(dir, { recursive: true });
  });
});
