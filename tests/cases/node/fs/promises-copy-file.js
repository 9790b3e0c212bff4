// copyFile copies, and COPYFILE_EXCL refuses to overwrite.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/src', 'copy me');
  await fsp.copyFile(dir + '/src', dir + '/dst');
  console.log(await fsp.readFile(dir + '/dst', 'utf8'));
  try { await fsp.copyFile(dir + '/src', dir + '/dst', fs.constants.COPYFILE_EXCL); } catch (e) { report(e); }
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
