// accessSync modes and errors
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.chmodSync(dir + '/f', 0o644);
console.log(fs.accessSync(dir + '/f'), fs.accessSync(dir + '/f', fs.constants.R_OK | fs.constants.W_OK));
try { fs.accessSync(dir + '/missing'); } catch (e) { report(e); }
try { fs.accessSync(dir + '/f', 8); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.accessSync(dir + '/f', 'r'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
fs.rmSync(dir, { recursive: true, force: true });
