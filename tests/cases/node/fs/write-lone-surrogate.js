// a lone surrogate is written as U+FFFD
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/s', 'a\ud800b');
console.log(fs.statSync(dir + '/s').size, fs.readFileSync(dir + '/s', 'hex'), fs.readFileSync(dir + '/s', 'utf8').charCodeAt(1).toString(16));
fs.rmSync(dir, { recursive: true, force: true });
