// chmod and utimes change mode and times.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/f', '');
  await fsp.chmod(dir + '/f', 0o600);
  console.log(((await fsp.stat(dir + '/f')).mode & 0o777).toString(8));
  await fsp.utimes(dir + '/f', 1000, 2000);
  var s = await fsp.stat(dir + '/f');
  console.log(s.atimeMs, s.mtimeMs);
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
