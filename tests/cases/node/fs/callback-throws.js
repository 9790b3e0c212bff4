// an exception thrown in an fs callback reaches uncaughtException
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
process.on('uncaughtException', function (e) {
  console.log('caught', e.message);
  fs.rmSync(dir, { recursive: true });
});
fs.stat(dir, function () {
  throw new Error('from callback');
});
