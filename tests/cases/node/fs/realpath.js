// realpathSync resolves links, dots and relative parts
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/real/inner', { recursive: true });
fs.symlinkSync(dir + '/real', dir + '/link');
var base = fs.realpathSync(dir);
console.log(fs.realpathSync(dir + '/link/inner') === base + '/real/inner');
console.log(fs.realpathSync(dir + '/real/./inner/..') === base + '/real');
console.log(fs.realpathSync.native(dir + '/link') === base + '/real');
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native);
fs.rmSync(dir, { recursive: true, force: true });
