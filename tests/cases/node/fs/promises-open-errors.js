// open rejects for missing files and bad flags.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  try { await fsp.open(dir + '/missing'); } catch (e) { report(e); }
  try { await fsp.open(dir + '/f', 'bogus'); } catch (e) { console.log(e.code, e.constructor.name); }
  try { await fsp.open(dir, 'w'); } catch (e) { report(e); }
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
