// fs.watch on a file reports a write as 'change'
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f.txt', 'before');
var seen = false;
var watcher = fs.watch(dir + '/f.txt', { persistent: true }, function (eventType, filename) {
  if (seen) return;
  seen = true;
  console.log('event', eventType, filename);
  watcher.close();
  fs.rmSync(dir, { recursive: true });
});
setTimeout(function () { fs.appendFileSync(dir + '/f.txt', ' after'); }, 50);
