// stat and lstat resolve to Stats objects.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/f', '12345');
  var s = await fsp.stat(dir + '/f');
  console.log(s.size, s.isFile(), s.isDirectory(), s instanceof fs.Stats);
  var d = await fsp.stat(dir);
  console.log(d.isDirectory());
  await fsp.symlink(dir + '/f', dir + '/link');
  var l = await fsp.lstat(dir + '/link');
  console.log(l.isSymbolicLink(), (await fsp.stat(dir + '/link')).isSymbolicLink());
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
