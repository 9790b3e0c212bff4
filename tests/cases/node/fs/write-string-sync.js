// writeSync string forms: position and encoding
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/w.txt';
var fd = fs.openSync(f, 'w+');
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, 'HELLO', 0));
console.log(fs.writeSync(fd, '21', 9, 'hex'));
console.log(fs.writeSync(fd, '\u00e9\u00e9'));
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
fs.rmSync(dir, { recursive: true, force: true });
