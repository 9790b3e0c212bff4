// rmSync recursive removes links, not what they point to
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/keep');
fs.writeFileSync(dir + '/keep/file', 'kept');
fs.mkdirSync(dir + '/gone');
fs.symlinkSync(dir + '/keep', dir + '/gone/link');
fs.rmSync(dir + '/gone', { recursive: true });
console.log(fs.existsSync(dir + '/gone'), fs.readFileSync(dir + '/keep/file', 'utf8'));
fs.symlinkSync(dir + '/keep', dir + '/link2');
fs.rmSync(dir + '/link2');
console.log(fs.existsSync(dir + '/keep/file'));
fs.rmSync(dir, { recursive: true, force: true });
