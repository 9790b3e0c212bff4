// exists and existsSync, including odd arguments
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
console.log(fs.existsSync(dir + '/f'), fs.existsSync(dir), fs.existsSync(dir + '/nope'));
console.log(fs.existsSync(), fs.existsSync(null), fs.existsSync({}), fs.existsSync('a\u0000b'), fs.existsSync(''));
fs.exists(dir + '/f', function (yes) {
  console.log('exists f', yes, arguments.length);
  fs.exists(dir + '/nope', function (yes) {
    console.log('exists nope', yes);
    fs.exists({}, function (yes) { console.log('exists object', yes); });
    console.log('after object');
    fs.rmSync(dir, { recursive: true });
  });
});
