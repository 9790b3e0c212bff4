// realpath with a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var base = fs.realpathSync(dir);
fs.mkdirSync(dir + '/d');
fs.symlinkSync(dir + '/d', dir + '/l');
fs.realpath(dir + '/l', function (err, p) {
  console.log(err, p === base + '/d');
  fs.realpath(dir + '/none', function (err, p) {
    console.log(err.code, err.syscall, p);
    fs.realpath.native(dir + '/l', function (err, p) {
      console.log(err, p === base + '/d');
      fs.rmSync(dir, { recursive: true });
    });
  });
});
