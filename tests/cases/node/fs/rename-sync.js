// renameSync moves files and directories, replacing files
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/a', 'A');
fs.renameSync(dir + '/a', dir + '/b');
console.log(fs.existsSync(dir + '/a'), fs.readFileSync(dir + '/b', 'utf8'));
fs.writeFileSync(dir + '/c', 'C');
fs.renameSync(dir + '/c', dir + '/b');
console.log(fs.readFileSync(dir + '/b', 'utf8'), fs.readdirSync(dir).join());
fs.mkdirSync(dir + '/d1');
fs.writeFileSync(dir + '/d1/inside', 'i');
fs.renameSync(dir + '/d1', dir + '/d2');
console.log(fs.readdirSync(dir + '/d2').join());
fs.rmSync(dir, { recursive: true, force: true });
