// rmSync: files, directories (recursive), force, and errors
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.rmSync(dir + '/f');
console.log(fs.existsSync(dir + '/f'));
try { fs.rmSync(dir + '/f'); } catch (e) { report(e); }
console.log(fs.rmSync(dir + '/f', { force: true }));
fs.mkdirSync(dir + '/tree/a/b', { recursive: true });
fs.writeFileSync(dir + '/tree/a/b/c', '');
fs.writeFileSync(dir + '/tree/top', '');
try { fs.rmSync(dir + '/tree'); } catch (e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path), e.info.code, e.info.message); }
fs.rmSync(dir + '/tree', { recursive: true });
console.log(fs.existsSync(dir + '/tree'));
try { fs.rmSync(dir + '/x', { force: 'yes' }); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
