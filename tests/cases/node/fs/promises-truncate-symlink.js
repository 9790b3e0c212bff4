// truncate shortens a file by path; symlink and readlink.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/f', '0123456789');
  await fsp.truncate(dir + '/f', 4);
  console.log(await fsp.readFile(dir + '/f', 'utf8'));
  await fsp.symlink('f', dir + '/l');
  console.log(await fsp.readlink(dir + '/l'));
  console.log(await fsp.readFile(dir + '/l', 'utf8'));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
