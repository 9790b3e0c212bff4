// createWriteStream writes chunks, then finish and close
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var ws = fs.createWriteStream(dir + '/out');
ws.on('open', function (fd) { console.log('open', typeof fd); });
ws.write('one ');
ws.write('two ');
ws.end('three', function () { console.log('end callback', ws.bytesWritten); });
ws.on('finish', function () { console.log('finish'); });
ws.on('close', function () {
  console.log('close', fs.readFileSync(dir + '/out', 'utf8'));
  fs.rmSync(dir, { recursive: true });
});
