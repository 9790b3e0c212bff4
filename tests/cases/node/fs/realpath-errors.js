// realpathSync of missing paths reports lstat, realpath.native reports realpath
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var base = fs.realpathSync(dir);
function show(e) { console.log(e.code, e.syscall, e.message.split(base).join('<dir>')); }
try { fs.realpathSync(base + '/a/b'); } catch (e) { show(e); }
try { fs.realpathSync.native(base + '/a/b'); } catch (e) { show(e); }
fs.symlinkSync(base + '/gone', base + '/dangling');
try { fs.realpathSync(base + '/dangling'); } catch (e) { show(e); }
fs.writeFileSync(base + '/f', '');
try { fs.realpathSync(base + '/f/x'); } catch (e) { show(e); }
fs.rmSync(dir, { recursive: true, force: true });
