// a dangling symlink: lstat works, stat and read fail, exists is false
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.symlinkSync(dir + '/nowhere', dir + '/dangling');
console.log(fs.lstatSync(dir + '/dangling').isSymbolicLink(), fs.existsSync(dir + '/dangling'));
try { fs.statSync(dir + '/dangling'); } catch (e) { report(e); }
try { fs.readFileSync(dir + '/dangling', 'utf8'); } catch (e) { report(e); }
console.log(fs.readdirSync(dir).join());
fs.unlinkSync(dir + '/dangling');
console.log(fs.readdirSync(dir).length);
fs.rmSync(dir, { recursive: true, force: true });
