// writeFileSync and appendFileSync with Buffers and Uint8Arrays
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', Buffer.from([0x68, 0x69]));
fs.appendFileSync(dir + '/f', new Uint8Array([0x21]));
console.log(fs.readFileSync(dir + '/f', 'utf8'), fs.statSync(dir + '/f').size);
fs.rmSync(dir, { recursive: true, force: true });
