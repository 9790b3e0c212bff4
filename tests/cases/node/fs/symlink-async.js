// symlink and readlink with callbacks (type argument accepted)
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/d');
fs.symlink(dir + '/d', dir + '/l', 'dir', function (err) {
  console.log('symlink', err);
  fs.readlink(dir + '/l', function (err, target) {
    console.log('readlink', err, clean(target));
    fs.symlink('a', dir + '/l2', function (err) {
      console.log('no type', err, fs.readlinkSync(dir + '/l2'));
      fs.readlink(dir + '/d', function (err) {
        report(err);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
