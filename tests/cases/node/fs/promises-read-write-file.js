// writeFile then readFile as a string and as a Buffer.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.writeFile(dir + '/a.txt', 'hello fs.promises');
  console.log(await fsp.readFile(dir + '/a.txt', 'utf8'));
  var buf = await fsp.readFile(dir + '/a.txt');
  console.log(Buffer.isBuffer(buf), buf.length, buf.toString('hex', 0, 5));
  await fsp.writeFile(dir + '/b.bin', Buffer.from([1, 2, 3]));
  console.log((await fsp.readFile(dir + '/b.bin')).join(','));
  console.log(await fsp.readFile(dir + '/a.txt', { encoding: 'base64' }));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
