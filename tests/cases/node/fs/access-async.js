// access with a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.access(dir + '/f', function (err) {
  console.log('exists', err);
  fs.access(dir + '/f', fs.constants.R_OK, function (err) {
    console.log('readable', err);
    fs.access(dir + '/missing', function (err) {
      report(err);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
