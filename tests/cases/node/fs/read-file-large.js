// readFileSync of a file larger than the read buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/big.txt';
var chunk = '0123456789abcdef';
var text = '';
for (var i = 0; i < 20000; i++) text += chunk;
fs.writeFileSync(f, text);
var back = fs.readFileSync(f, 'utf8');
console.log(back.length, back === text, fs.statSync(f).size);
fs.rmSync(dir, { recursive: true, force: true });
