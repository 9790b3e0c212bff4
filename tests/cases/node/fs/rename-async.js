// rename with a callback
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/from', 'x');
fs.rename(dir + '/from', dir + '/to', function (err) {
  console.log(err, fs.readdirSync(dir).join());
  fs.rename(dir + '/from', dir + '/to', function (err) {
    report(err);
    fs.rmSync(dir, { recursive: true });
  });
});
