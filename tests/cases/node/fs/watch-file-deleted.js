// watchFile reports a deletion with zeroed current Stats
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/doomed.txt';
fs.writeFileSync(f, 'here');
function listener(curr, prev) {
  console.log('change', curr.size, prev.size, curr.nlink, prev.nlink, curr.mtimeMs);
  fs.unwatchFile(f, listener);
  fs.rmSync(dir, { recursive: true });
}
fs.watchFile(f, { interval: 20 }, listener);
setTimeout(function () { fs.unlinkSync(f); }, 100);
