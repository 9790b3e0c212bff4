// mkdir (also recursive), rmdir and rm.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  console.log(await fsp.mkdir(dir + '/one'));
  console.log(clean(await fsp.mkdir(dir + '/a/b/c', { recursive: true })));
  console.log(await fsp.mkdir(dir + '/a/b', { recursive: true }));
  try { await fsp.mkdir(dir + '/one'); } catch (e) { report(e); }
  await fsp.rmdir(dir + '/one');
  await fsp.rm(dir + '/a', { recursive: true });
  console.log((await fsp.readdir(dir)).length);
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
