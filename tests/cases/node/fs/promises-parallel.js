// Many operations in parallel with Promise.all.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  var names = [];
  for (var i = 0; i < 20; i++) names.push(dir + '/file' + i);
  await Promise.all(names.map(function (n, i) { return fsp.writeFile(n, 'content ' + i); }));
  var contents = await Promise.all(names.map(function (n) { return fsp.readFile(n, 'utf8'); }));
  console.log(contents.length, contents[0], contents[19]);
  console.log((await fsp.readdir(dir)).length);
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
