// create, list, stat and remove fifty files
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
for (var i = 0; i < 50; i++) fs.writeFileSync(dir + '/file' + (i < 10 ? '0' : '') + i, new Array(i + 1).join('x'));
var names = fs.readdirSync(dir);
var total = 0;
names.forEach(function (n) { total += fs.statSync(dir + '/' + n).size; });
console.log(names.length, names[0], names[49], total);
names.forEach(function (n) { if (n.slice(-1) === '5') fs.unlinkSync(dir + '/' + n); });
console.log(fs.readdirSync(dir).length);
fs.rmSync(dir, { recursive: true, force: true });
