// streams on an existing descriptor do not emit open
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'from fd');
var fd = fs.openSync(dir + '/f', 'r');
var rs = fs.createReadStream(null, { fd: fd, encoding: 'utf8' });
rs.on('open', function () { console.log('unexpected open'); });
rs.on('data', function (c) { console.log('data', c); });
rs.on('close', function () {
  console.log('closed', rs.fd);
  fs.rmSync(dir, { recursive: true });
});
