// createReadStream reads a file in chunks with open, ready, end and close events
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'streamed contents');
var rs = fs.createReadStream(dir + '/f', { encoding: 'utf8' });
var text = '';
rs.on('open', function (fd) { console.log('open', typeof fd); });
rs.on('ready', function () { console.log('ready'); });
rs.on('data', function (chunk) { text += chunk; });
rs.on('end', function () { console.log('end', text); });
rs.on('close', function () {
  console.log('close', rs.bytesRead);
  fs.rmSync(dir, { recursive: true });
});
