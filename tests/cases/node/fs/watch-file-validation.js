// watchFile needs a listener; unwatchFile of an unknown file is a no-op
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
try { fs.watchFile(dir + '/f'); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.watchFile(dir + '/f', { interval: 10 }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(fs.unwatchFile(dir + '/never-watched'));
var w = fs.watchFile(dir + '/f', { persistent: false }, function () {});
console.log(typeof w.ref, typeof w.unref, typeof w.stop);
fs.unwatchFile(dir + '/f');
fs.rmSync(dir, { recursive: true, force: true });
