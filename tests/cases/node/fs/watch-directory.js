// fs.watch on a directory reports a new file as 'rename' with its name
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var watcher = fs.watch(dir, function (eventType, filename) {
  console.log('event', eventType, filename);
  watcher.close();
});
console.log(watcher.constructor.name, typeof watcher.close, typeof watcher.ref, typeof watcher.unref);
watcher.on('close', function () {
  console.log('closed');
  fs.rmSync(dir, { recursive: true });
});
setTimeout(function () { fs.writeFileSync(dir + '/new.txt', 'x'); }, 50);
