// FileHandle readFile, writeFile, appendFile, stat and truncate.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  var h = await fsp.open(dir + '/f', 'w+');
  await h.writeFile('first line\n');
  await h.appendFile('second line\n');
  console.log((await h.stat()).size);
  await h.truncate(5);
  await h.close();
  console.log(JSON.stringify(await fsp.readFile(dir + '/f', 'utf8')));
  var r = await fsp.open(dir + '/f', 'r');
  console.log(await r.readFile('utf8'));
  await r.close();
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
