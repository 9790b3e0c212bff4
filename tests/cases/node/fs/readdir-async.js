// readdir with callbacks, names and Dirents
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/one', '');
fs.writeFileSync(dir + '/two', '');
fs.readdir(dir, function (err, names) {
  console.log(err, names.join());
  fs.readdir(dir, { withFileTypes: true }, function (err, entries) {
    console.log(err, entries.map(function (e) { return e.name + ':' + e.isFile(); }).join());
    fs.readdir(dir + '/none', function (err, names) {
      report(err);
      console.log(names);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
