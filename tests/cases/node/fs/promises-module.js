// require('fs/promises') is fs.promises, and its functions return promises.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  console.log(require('fs').promises === fsp, require('node:fs/promises') === fsp);
  console.log(typeof fsp.readFile, typeof fsp.open, typeof fsp.constants.O_RDONLY);
  var p = fsp.access(dir);
  console.log(p instanceof Promise);
  console.log(await p);
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
