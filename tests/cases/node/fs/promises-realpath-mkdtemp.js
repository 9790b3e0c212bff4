// realpath resolves links; mkdtemp makes unique directories.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  var t = await fsp.mkdtemp(dir + '/tmp-');
  console.log(clean(t).replace(/tmp-.{6}$/, 'tmp-XXXXXX'), fs.statSync(t).isDirectory());
  await fsp.symlink(t, dir + '/alias');
  console.log((await fsp.realpath(dir + '/alias')) === fs.realpathSync(t));
  console.log(clean(await fsp.readlink(dir + '/alias')) === clean(t));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
