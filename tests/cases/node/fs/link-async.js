// link with a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/a', 'x');
fs.link(dir + '/a', dir + '/b', function (err) {
  console.log(err, fs.statSync(dir + '/b').nlink);
  fs.link(dir + '/a', dir + '/b', function (err) {
    report(err);
    fs.rmSync(dir, { recursive: true });
  });
});
