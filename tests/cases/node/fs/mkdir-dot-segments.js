// recursive mkdir with . and .. segments
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
console.log(clean(fs.mkdirSync(dir + '/a/./b/../c', { recursive: true })));
console.log(fs.readdirSync(dir + '/a').join());
console.log(fs.mkdirSync(dir + '/a/c/.', { recursive: true }));
fs.rmSync(dir, { recursive: true, force: true });
