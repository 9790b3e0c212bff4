// openSync errors: missing file, missing parent, directory for writing
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.openSync(dir + '/nope', 'r'); } catch (e) { report(e); }
try { fs.openSync(dir + '/no/such/file', 'w'); } catch (e) { report(e); }
try { fs.openSync(dir, 'w'); } catch (e) { report(e); }
fs.writeFileSync(dir + '/file', '');
try { fs.openSync(dir + '/file/child', 'w'); } catch (e) { report(e); }
fs.rmSync(dir, { recursive: true, force: true });
