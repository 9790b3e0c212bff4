// stat through a symlink loop gives ELOOP
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.symlinkSync(dir + '/b', dir + '/a');
fs.symlinkSync(dir + '/a', dir + '/b');
try { fs.statSync(dir + '/a'); } catch (e) { report(e); }
try { fs.readFileSync(dir + '/a', 'utf8'); } catch (e) { report(e); }
console.log(fs.lstatSync(dir + '/a').isSymbolicLink(), fs.existsSync(dir + '/a'));
fs.rmSync(dir, { recursive: true, force: true });
