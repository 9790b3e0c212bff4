// watchFile reports a size change with current and previous Stats
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/polled.txt';
fs.writeFileSync(f, 'abc');
var watcher = fs.watchFile(f, { interval: 20 }, function (curr, prev) {
  console.log('change', curr.size, prev.size, curr instanceof fs.Stats, curr.mtimeMs >= prev.mtimeMs);
  fs.unwatchFile(f);
});
watcher.on('stop', function () {
  console.log('stopped');
  fs.rmSync(dir, { recursive: true });
});
setTimeout(function () { fs.writeFileSync(f, 'abcdefgh'); }, 100);
