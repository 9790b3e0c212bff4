// readFile callback form with encoding gives a string after the current code
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/r.txt', 'async data');
fs.readFile(dir + '/r.txt', 'utf8', function (err, data) {
  console.log('callback', err, typeof data, data);
  fs.readFile(dir + '/r.txt', { encoding: 'utf8', flag: 'r' }, function (err, data) {
    console.log('again', err, data.length);
    fs.rmSync(dir, { recursive: true });
  });
});
console.log('after call');
