// rename moves a file, unlink removes it.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/old', 'data');
  await fsp.rename(dir + '/old', dir + '/new');
  console.log(fs.existsSync(dir + '/old'), await fsp.readFile(dir + '/new', 'utf8'));
  await fsp.unlink(dir + '/new');
  console.log(fs.existsSync(dir + '/new'));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
