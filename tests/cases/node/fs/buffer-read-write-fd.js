// readSync and writeSync with buffers, offsets, lengths and positions
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var fd = fs.openSync(dir + '/f', 'w+');
console.log(fs.writeSync(fd, Buffer.from('0123456789')));
console.log(fs.writeSync(fd, Buffer.from('abc'), 1, 2, 0));
var buf = Buffer.alloc(6, 0x2e);
console.log(fs.readSync(fd, buf, 1, 4, 2), buf.toString());
console.log(fs.readSync(fd, buf, { position: 8 }), buf.toString());
console.log(fs.readSync(fd, buf, 0, 6, 100));
fs.closeSync(fd);
console.log(fs.readFileSync(dir + '/f', 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
