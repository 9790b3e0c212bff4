// open creates files with 0666 minus the umask
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
process.umask(0o022);
fs.closeSync(fs.openSync(dir + '/a', 'w'));
console.log((fs.statSync(dir + '/a').mode & 0o777).toString(8));
// Only 022 here: the umask belongs to the process, which cases may share.
fs.closeSync(fs.openSync(dir + '/c', 'w', 0o777));
console.log((fs.statSync(dir + '/c').mode & 0o777).toString(8));
fs.closeSync(fs.openSync(dir + '/d', 'w', 0o640));
console.log((fs.statSync(dir + '/d').mode & 0o777).toString(8));
fs.rmSync(dir, { recursive: true, force: true });
