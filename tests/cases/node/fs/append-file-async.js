// appendFile callback form appends in order when chained
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/log.txt';
fs.appendFile(f, 'a', function (err) {
  console.log('first', err);
  fs.appendFile(f, 'b', 'utf8', function (err) {
    console.log('second', err);
    fs.appendFile(f, 'c', { flag: 'a' }, function (err) {
      console.log('third', err, fs.readFileSync(f, 'utf8'));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
console.log('scheduled');
