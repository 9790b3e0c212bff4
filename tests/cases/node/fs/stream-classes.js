// ReadStream and WriteStream are stream classes with path and pending
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var stream = require('stream');
fs.writeFileSync(dir + '/f', 'x');
var rs = new fs.ReadStream(dir + '/f');
var ws = fs.WriteStream(dir + '/g');
console.log(rs instanceof stream.Readable, ws instanceof stream.Writable, clean(rs.path), rs.pending, ws.pending, ws.bytesWritten);
try { fs.createReadStream(dir + '/f', { start: 5, end: 2 }); } catch (e) { console.log(e.code, e.message); }
rs.destroy();
ws.destroy();
ws.on('close', function () {
  console.log('destroyed', rs.destroyed, ws.destroyed);
  fs.rmSync(dir, { recursive: true });
});
