// linkSync makes a hard link; errors name both paths
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/a', 'shared');
fs.linkSync(dir + '/a', dir + '/b');
fs.writeFileSync(dir + '/b', 'changed', { flag: 'r+' });
console.log(fs.readFileSync(dir + '/a', 'utf8'), fs.statSync(dir + '/a').nlink);
try { fs.linkSync(dir + '/a', dir + '/b'); } catch (e) { report(e); console.log(clean(e.dest)); }
try { fs.linkSync(dir + '/missing', dir + '/c'); } catch (e) { report(e); console.log(clean(e.dest)); }
fs.rmSync(dir, { recursive: true, force: true });
