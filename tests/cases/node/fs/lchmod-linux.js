// lchmod exists only on macOS: undefined on Linux
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
console.log(typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs);
fs.rmSync(dir, { recursive: true, force: true });
