// appendFile creates and extends files.
var fs = require('fs');
var fsp = require('fs/promises');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fsp-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall); }
async function main() {
  await fsp.appendFile(dir + '/log', 'one\n');
  await fsp.appendFile(dir + '/log', 'two\n');
  await fsp.appendFile(dir + '/log', Buffer.from('three\n'));
  console.log(JSON.stringify(await fsp.readFile(dir + '/log', 'utf8')));
}
main().catch(report).then(function () { fs.rmSync(dir, { recursive: true, force: true }); });
