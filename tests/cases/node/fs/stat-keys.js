// the own keys of a Stats object and its prototypes
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var s = fs.statSync(dir);
console.log(Object.keys(s).join(' '));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(s)).join(' '));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(s))).join(' '));
console.log(fs.Stats.length, typeof fs.Stats);
fs.rmSync(dir, { recursive: true, force: true });
