// access resolves to undefined or rejects.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/f', '');
  console.log(await fsp.access(dir + '/f'));
  console.log(await fsp.access(dir + '/f', fs.constants.R_OK | fs.constants.W_OK));
  try { await fsp.access(dir + '/nope', fs.constants.F_OK); } catch (e) { report(e); }
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
