// sizes of multi-byte utf8 text written and read back
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var samples = ['ascii', '\u00e9t\u00e9', '\u65e5\u672c\u8a9e', '\ud83d\ude00 smile', ''];
samples.forEach(function (s, i) {
  var f = dir + '/u' + i;
  fs.writeFileSync(f, s);
  console.log(JSON.stringify(s), fs.statSync(f).size, fs.readFileSync(f, 'utf8') === s);
});
fs.rmSync(dir, { recursive: true, force: true });
