// readdirSync of a missing path and of a file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.readdirSync(dir + '/missing'); } catch (e) { report(e); }
fs.writeFileSync(dir + '/f', '');
try { fs.readdirSync(dir + '/f'); } catch (e) { report(e); }
try { fs.readdirSync(dir, 7); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
