// an unref'd watcher does not keep the process alive
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var w = fs.watch(dir, function () {});
w.unref();
process.on('exit', function () {
  console.log('exit without events');
});
fs.rmSync(dir, { recursive: true });
