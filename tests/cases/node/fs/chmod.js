// chmodSync with numbers and octal strings; stat shows the mode
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', '');
fs.chmodSync(dir + '/f', 0o600);
console.log((fs.statSync(dir + '/f').mode & 0o7777).toString(8));
fs.chmodSync(dir + '/f', '755');
console.log((fs.statSync(dir + '/f').mode & 0o7777).toString(8));
fs.chmodSync(dir + '/f', 0o4755);
console.log((fs.statSync(dir + '/f').mode & 0o7777).toString(8));
try { fs.chmodSync(dir + '/missing', 0o600); } catch (e) { report(e); }
try { fs.chmodSync(dir + '/f'); } catch (e) { console.log(e.code, e.message); }
try { fs.chmodSync(dir + '/f', '9'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
