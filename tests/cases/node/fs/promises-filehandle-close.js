// Using a closed FileHandle rejects with EBADF.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/f', 'x');
  var h = await fsp.open(dir + '/f');
  var closed = false;
  h.on('close', function () { closed = true; });
  await h.close();
  console.log('closed event', closed);
  try { await h.stat(); } catch (e) { console.log(e.code); }
  try { await h.read(Buffer.alloc(1), 0, 1, 0); } catch (e) { console.log(e.code); }
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
