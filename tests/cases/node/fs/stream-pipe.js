// a read stream piped into a write stream copies the file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var text = '';
for (var i = 0; i < 5000; i++) text += 'line ' + i + '\n';
fs.writeFileSync(dir + '/src', text);
var ws = fs.createWriteStream(dir + '/dst');
fs.createReadStream(dir + '/src', { highWaterMark: 1024 }).pipe(ws);
ws.on('finish', function () {
  console.log(fs.readFileSync(dir + '/dst', 'utf8') === text, ws.bytesWritten);
  fs.rmSync(dir, { recursive: true });
});
