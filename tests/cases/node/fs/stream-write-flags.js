// createWriteStream with flags a and start
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/out', 'abcdef');
var ws = fs.createWriteStream(dir + '/out', { flags: 'r+', start: 2 });
ws.end('XY');
ws.on('close', function () {
  console.log(fs.readFileSync(dir + '/out', 'utf8'));
  var app = fs.createWriteStream(dir + '/out', { flags: 'a' });
  app.end('!');
  app.on('close', function () {
    console.log(fs.readFileSync(dir + '/out', 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
