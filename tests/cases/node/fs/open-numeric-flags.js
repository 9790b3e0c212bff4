// openSync with numeric flags from fs.constants
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var c = fs.constants;
var f = dir + '/n.txt';
var fd = fs.openSync(f, c.O_CREAT | c.O_WRONLY | c.O_TRUNC, 0o644);
fs.writeSync(fd, 'numeric');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
try { fs.openSync(f, c.O_CREAT | c.O_EXCL | c.O_WRONLY); } catch (e) { report(e); }
fd = fs.openSync(f, c.O_RDONLY);
console.log(typeof fd, fd > 2);
fs.closeSync(fd);
try { fs.openSync(dir, c.O_RDONLY | c.O_DIRECTORY); console.log('dir ok'); } catch (e) { report(e); }
try { fs.openSync(f, c.O_RDONLY | c.O_DIRECTORY); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
