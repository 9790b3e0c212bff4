// mkdirSync recursive returns the first directory created
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
console.log(clean(fs.mkdirSync(dir + '/a/b/c', { recursive: true })));
console.log(fs.mkdirSync(dir + '/a/b/c', { recursive: true }));
console.log(clean(fs.mkdirSync(dir + '/a/b/d', { recursive: true })));
console.log(fs.mkdirSync(dir + '/a', { recursive: true }));
console.log(fs.readdirSync(dir + '/a/b').join());
fs.rmSync(dir, { recursive: true, force: true });
