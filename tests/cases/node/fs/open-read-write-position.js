// an 'r+' descriptor written at positions, read back with readFileSync
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '..........');
var fd = fs.openSync(dir + '/f', 'r+');
fs.writeSync(fd, 'AB', 0);
fs.writeSync(fd, 'CD', 8);
fs.writeSync(fd, 'EF', 4);
fs.writeSync(fd, 'GH');
fs.writeSync(fd, 'IJ', 12);
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(f = dir + '/f', 'latin1')));
var f;
fs.rmSync(dir, { recursive: true, force: true });
