// createReadStream of a missing file emits error then close
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var rs = fs.createReadStream(dir + '/missing');
rs.on('error', function (e) { report(e); });
rs.on('close', function () {
  console.log('close');
  fs.rmSync(dir, { recursive: true });
});
