// writeFileSync truncates an existing file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/o.txt';
fs.writeFileSync(f, 'a long first version');
fs.writeFileSync(f, 'short');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.statSync(f).size);
fs.writeFileSync(f, '');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.statSync(f).size);
fs.rmSync(dir, { recursive: true, force: true });
