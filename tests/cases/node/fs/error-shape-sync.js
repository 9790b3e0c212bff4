// errors thrown by sync calls: prototype, keys, stack and toString
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.openSync(dir + '/none', 'r'); } catch (e) {
  console.log(Object.getPrototypeOf(e) === Error.prototype, Object.keys(e).join(), e.name);
  console.log(clean(String(e)));
  console.log(clean(e.stack.split('\n')[0]));
}
fs.rmSync(dir, { recursive: true, force: true });
