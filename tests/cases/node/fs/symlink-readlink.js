// symlinkSync, readlinkSync and lstat of the link
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/target', 'data');
fs.symlinkSync(dir + '/target', dir + '/abs');
fs.symlinkSync('target', dir + '/rel');
console.log(clean(fs.readlinkSync(dir + '/abs')), fs.readlinkSync(dir + '/rel'));
console.log(fs.readFileSync(dir + '/rel', 'utf8'));
var l = fs.lstatSync(dir + '/rel'), s = fs.statSync(dir + '/rel');
console.log(l.isSymbolicLink(), l.isFile(), s.isSymbolicLink(), s.isFile(), l.size);
try { fs.readlinkSync(dir + '/target'); } catch (e) { report(e); }
try { fs.symlinkSync('x', dir + '/abs'); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
