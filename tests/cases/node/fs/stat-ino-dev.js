// hard links share ino and dev; separate files do not share ino
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/a', 'x');
fs.writeFileSync(dir + '/b', 'x');
fs.linkSync(dir + '/a', dir + '/c');
var a = fs.statSync(dir + '/a'), b = fs.statSync(dir + '/b'), c = fs.statSync(dir + '/c');
console.log(a.ino === c.ino, a.ino === b.ino, a.dev === b.dev, a.nlink, b.nlink);
console.log(a.dev === fs.statSync(dir).dev, Number.isInteger(a.ino), a.ino > 0);
fs.rmSync(dir, { recursive: true, force: true });
