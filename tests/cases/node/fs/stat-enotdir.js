// stat through a file used as a directory gives ENOTDIR
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'x');
try { fs.statSync(dir + '/f/child'); } catch (e) { report(e); }
try { fs.statSync(dir + '/f/child', { throwIfNoEntry: false }); } catch (e) { console.log('throwIfNoEntry only covers ENOENT:', e.code); }
fs.rmSync(dir, { recursive: true, force: true });
