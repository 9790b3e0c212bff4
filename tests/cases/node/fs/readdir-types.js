// readdirSync with withFileTypes gives Dirents
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/file', '');
fs.mkdirSync(dir + '/dir');
fs.symlinkSync(dir + '/file', dir + '/link');
fs.readdirSync(dir, { withFileTypes: true }).forEach(function (d) {
  console.log(d.name, d.constructor.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice(), clean(d.path), clean(d.parentPath));
});
var d = fs.readdirSync(dir, { withFileTypes: true })[0];
console.log(Object.keys(d).join(), d instanceof fs.Dirent);
fs.rmSync(dir, { recursive: true, force: true });
