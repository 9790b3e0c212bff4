// readFileSync and writeFileSync on a file descriptor use its position
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/fd.txt';
fs.writeFileSync(f, 'abcdef');
var fd = fs.openSync(f, 'r');
console.log(fs.readFileSync(fd, 'utf8'));
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
fd = fs.openSync(f, 'a');
fs.writeFileSync(fd, 'gh');
fs.appendFileSync(fd, 'ij');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
