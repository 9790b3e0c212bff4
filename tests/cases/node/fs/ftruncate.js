// ftruncateSync and ftruncate on descriptors
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/t';
fs.writeFileSync(f, '0123456789');
var fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 4);
console.log(fs.fstatSync(fd).size);
fs.ftruncate(fd, function (err) {
  console.log('to zero', err, fs.fstatSync(fd).size);
  fs.ftruncate(fd, 2, function (err) {
    console.log('to two', err, fs.readFileSync(f, 'hex'));
    fs.closeSync(fd);
    var ro = fs.openSync(f, 'r');
    try { fs.ftruncateSync(ro, 1); } catch (e) { report(e); }
    fs.closeSync(ro);
    try { fs.ftruncateSync(fd, 1.5); } catch (e) { console.log(e.code, e.message); }
    fs.rmSync(dir, { recursive: true });
  });
});
