// openSync with each flag string: which succeed on a missing and an existing file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var flags = ['r', 'rs', 'sr', 'r+', 'rs+', 'w', 'wx', 'xw', 'w+', 'wx+', 'a', 'ax', 'xa', 'as', 'a+', 'ax+', 'as+'];
flags.forEach(function (flag) {
  var f = dir + '/f-' + flag.replace('+', 'p');
  var results = [];
  for (var round = 0; round < 2; round++) {
    try { fs.closeSync(fs.openSync(f, flag)); results.push('ok'); } catch (e) { results.push(e.code); }
  }
  console.log(flag, results.join(' '), fs.existsSync(f));
});
fs.rmSync(dir, { recursive: true, force: true });
