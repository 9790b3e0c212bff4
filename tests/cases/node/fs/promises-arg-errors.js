// Invalid arguments reject instead of throwing.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  var p = fsp.readFile(42.5);
  console.log(p instanceof Promise);
  try { await p; } catch (e) { console.log(e.code, e.name); }
  try { await fsp.writeFile(dir + '/f', {}); } catch (e) { console.log(e.code); }
  try { await fsp.mkdir(); } catch (e) { console.log(e.code); }
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
