// appendFileSync creates with a mode, and writes to an fd
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
process.umask(0o022);
fs.appendFileSync(dir + '/a', 'x', { mode: 0o600 });
console.log((fs.statSync(dir + '/a').mode & 0o777).toString(8));
var fd = fs.openSync(dir + '/a', 'r+');
fs.appendFileSync(fd, 'YZ');
fs.closeSync(fd);
console.log(fs.readFileSync(dir + '/a', 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
