// writeFileSync and readFileSync with latin1, hex, base64, ascii and ucs2 encodings
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/e.txt';
fs.writeFileSync(f, 'caf\u00e9', 'latin1');
console.log(fs.statSync(f).size, fs.readFileSync(f, 'latin1'), fs.readFileSync(f, 'hex'));
fs.writeFileSync(f, '68656c6c6f', 'hex');
console.log(fs.readFileSync(f, 'utf8'), fs.readFileSync(f, 'base64'), fs.readFileSync(f, 'base64url'));
fs.writeFileSync(f, 'aGk/Pz8=', { encoding: 'base64' });
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, 'ab', 'ucs2');
console.log(fs.statSync(f).size, fs.readFileSync(f, 'utf16le'), fs.readFileSync(f, 'hex'));
fs.writeFileSync(f, 'plain', 'ascii');
console.log(fs.readFileSync(f, 'ascii'), fs.readFileSync(f, 'binary'));
fs.rmSync(dir, { recursive: true, force: true });
