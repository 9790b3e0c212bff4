// walk a directory tree with readdirSync withFileTypes
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/a/b/c', { recursive: true });
fs.mkdirSync(dir + '/a/d');
fs.writeFileSync(dir + '/a/one', '1');
fs.writeFileSync(dir + '/a/b/two', '22');
fs.writeFileSync(dir + '/a/b/c/three', '333');
fs.symlinkSync('one', dir + '/a/d/link');
function walk(p, depth) {
  fs.readdirSync(p, { withFileTypes: true }).forEach(function (e) {
    var kind = e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'link' : 'file';
    console.log(new Array(depth + 1).join('  ') + e.name + ' ' + kind);
    if (e.isDirectory()) walk(p + '/' + e.name, depth + 1);
  });
}
walk(dir, 0);
fs.rmSync(dir, { recursive: true, force: true });
