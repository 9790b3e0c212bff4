// readFileSync option errors: bad encoding, bad options type, bad flag
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f.txt', 'x');
try { fs.readFileSync(dir + '/f.txt', 'bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.readFileSync(dir + '/f.txt', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.readFileSync(dir + '/f.txt', { flag: 'q' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.readFileSync(dir + '/f.txt', { encoding: 'nope' }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });
