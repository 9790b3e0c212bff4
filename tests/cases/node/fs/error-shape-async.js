// errors given to callbacks have the same shape as sync ones
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.stat(dir + '/none', function (err) {
  console.log(err instanceof Error, Object.keys(err).join(), clean(err.message));
  fs.rename(dir + '/a', dir + '/b', function (err) {
    console.log(Object.keys(err).join(), clean(err.path), clean(err.dest));
    fs.rmSync(dir, { recursive: true });
  });
});
