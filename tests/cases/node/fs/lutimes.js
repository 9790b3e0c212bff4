// lutimesSync changes the link, not its target
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/t', '');
fs.utimesSync(dir + '/t', 1000, 1000);
fs.symlinkSync(dir + '/t', dir + '/l');
fs.lutimesSync(dir + '/l', 2000, 3000);
console.log(fs.lstatSync(dir + '/l').mtimeMs, fs.statSync(dir + '/t').mtimeMs);
fs.rmSync(dir, { recursive: true, force: true });
