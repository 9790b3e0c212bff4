// empty files: size 0, empty string, readdir shows them
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/empty', '');
fs.closeSync(fs.openSync(dir + '/empty2', 'w'));
console.log(fs.statSync(dir + '/empty').size, JSON.stringify(fs.readFileSync(dir + '/empty', 'utf8')), fs.readdirSync(dir).join());
fs.rmSync(dir, { recursive: true, force: true });
