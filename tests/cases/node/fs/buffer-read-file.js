// readFileSync without an encoding returns a Buffer
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'bytes');
var b = fs.readFileSync(dir + '/f');
console.log(Buffer.isBuffer(b), b.length, b.toString(), b[0]);
fs.readFile(dir + '/f', function (err, data) {
  console.log(err, Buffer.isBuffer(data), data.toString('hex'));
  fs.rmSync(dir, { recursive: true });
});
