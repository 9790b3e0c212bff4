// A FileHandle reads and writes at positions.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  var h = await fsp.open(dir + '/f', 'w+');
  console.log(typeof h.fd, h.constructor.name);
  var w = await h.write(Buffer.from('abcdef'), 0, 6, 0);
  console.log(w.bytesWritten, w.buffer.toString());
  var w2 = await h.write('XY', 2);
  console.log(w2.bytesWritten);
  var r = await h.read(Buffer.alloc(6), 0, 6, 0);
  console.log(r.bytesRead, r.buffer.toString());
  await h.close();
  console.log(await fsp.readFile(dir + '/f', 'utf8'));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
