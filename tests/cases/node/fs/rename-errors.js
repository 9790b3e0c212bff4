// renameSync errors carry both paths
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.renameSync(dir + '/missing', dir + '/x'); } catch (e) { report(e); console.log(clean(e.dest)); }
fs.mkdirSync(dir + '/d');
fs.writeFileSync(dir + '/d/f', '');
fs.writeFileSync(dir + '/file', '');
try { fs.renameSync(dir + '/file', dir + '/d'); } catch (e) { report(e); }
fs.mkdirSync(dir + '/e');
try { fs.renameSync(dir + '/e', dir + '/d'); } catch (e) { report(e); }
try { fs.renameSync(dir + '/file', 5); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
