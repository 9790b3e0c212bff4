// createReadStream with start and end reads an inclusive range
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '0123456789');
var rs = fs.createReadStream(dir + '/f', { start: 2, end: 5, encoding: 'utf8' });
var text = '';
rs.on('data', function (c) { text += c; });
rs.on('end', function () {
  console.log(text);
  fs.rmSync(dir, { recursive: true });
});
