// encoding null and a missing encoding option give a Buffer too
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'x');
console.log(Buffer.isBuffer(fs.readFileSync(dir + '/f', { encoding: null })), Buffer.isBuffer(fs.readFileSync(dir + '/f', {})));
fs.rmSync(dir, { recursive: true, force: true });
