// readdir lists names, and Dirents with withFileTypes.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/x', '');
  await fsp.mkdir(dir + '/sub');
  console.log((await fsp.readdir(dir)).sort().join(','));
  var entries = await fsp.readdir(dir, { withFileTypes: true });
  entries.sort(function (a, b) { return a.name < b.name ? -1 : 1; });
  entries.forEach(function (e) { console.log(e.name, e.isFile(), e.isDirectory()); });
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
