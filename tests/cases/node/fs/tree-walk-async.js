// walk a directory tree with readdir and stat callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/x/y', { recursive: true });
fs.writeFileSync(dir + '/x/f1', 'a');
fs.writeFileSync(dir + '/x/y/f2', 'bb');
var found = [];
function walk(p, done) {
  fs.readdir(p, function (err, names) {
    var i = 0;
    (function next() {
      if (i === names.length) return done();
      var full = p + '/' + names[i++];
      fs.stat(full, function (err, s) {
        found.push(clean(full) + ' ' + (s.isDirectory() ? 'dir' : s.size));
        if (s.isDirectory()) walk(full, next); else next();
      });
    })();
  });
}
walk(dir, function () {
  console.log(found.join('\n'));
  fs.rmSync(dir, { recursive: true });
});
