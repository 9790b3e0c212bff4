// copyFileSync copies data and mode, overwrites, or fails with COPYFILE_EXCL
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/src', 'copy me');
fs.chmodSync(dir + '/src', 0o640);
fs.copyFileSync(dir + '/src', dir + '/dst');
console.log(fs.readFileSync(dir + '/dst', 'utf8'), (fs.statSync(dir + '/dst').mode & 0o777).toString(8));
fs.writeFileSync(dir + '/src', 'v2');
fs.copyFileSync(dir + '/src', dir + '/dst');
console.log(fs.readFileSync(dir + '/dst', 'utf8'));
try { fs.copyFileSync(dir + '/src', dir + '/dst', fs.constants.COPYFILE_EXCL); } catch (e) { report(e); console.log(clean(e.dest)); }
try { fs.copyFileSync(dir + '/none', dir + '/x'); } catch (e) { report(e); }
try { fs.copyFileSync(dir + '/src', dir + '/dst', 8); } catch (e) { console.log(e.code, e.message); }
fs.copyFileSync(dir + '/src', dir + '/src');
console.log(fs.readFileSync(dir + '/src', 'utf8'));
fs.rmSync(dir, { recursive: true, force: true });
