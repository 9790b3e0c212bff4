// watchFile on a missing file reports it missing (all zero Stats), then its creation
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/later.txt';
var events = 0;
fs.watchFile(f, { interval: 20 }, function (curr, prev) {
  events++;
  console.log('change', events, curr.size, prev.size, prev.mtimeMs, prev.ino, prev.mtime.getTime(), curr.isFile(), prev.isFile());
  if (events === 1) {
    setTimeout(function () { fs.writeFileSync(f, 'now'); }, 100);
    return;
  }
  fs.unwatchFile(f);
  fs.rmSync(dir, { recursive: true });
});
