// path arguments that are not strings or contain NUL bytes
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
[{}, 1.5, null, undefined, true, 'a\u0000b'].forEach(function (p) {
  try { fs.readFileSync(p, 'utf8'); } catch (e) { console.log(e.name, e.code, e.message); }
});
fs.rmSync(dir, { recursive: true, force: true });
