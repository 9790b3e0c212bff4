// recursive mkdir through or onto a file
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/file', '');
try { fs.mkdirSync(dir + '/file', { recursive: true }); } catch (e) { report(e); }
try { fs.mkdirSync(dir + '/file/sub/deeper', { recursive: true }); } catch (e) { report(e); }
try { fs.mkdirSync(dir + '/ok', { recursive: 'yes' }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
