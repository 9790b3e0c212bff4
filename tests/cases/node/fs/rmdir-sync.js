// rmdirSync removes empty directories and fails on others
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.mkdirSync(dir + '/empty');
fs.rmdirSync(dir + '/empty');
console.log(fs.existsSync(dir + '/empty'));
fs.mkdirSync(dir + '/full');
fs.writeFileSync(dir + '/full/f', '');
try { fs.rmdirSync(dir + '/full'); } catch (e) { report(e); }
try { fs.rmdirSync(dir + '/missing'); } catch (e) { report(e); }
try { fs.rmdirSync(dir + '/full/f'); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
