// all 256 byte values survive a write and read
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
fs.writeFileSync(dir + '/bin', all);
var back = fs.readFileSync(dir + '/bin');
console.log(back.length, back.equals(all), back[255]);
fs.rmSync(dir, { recursive: true, force: true });
