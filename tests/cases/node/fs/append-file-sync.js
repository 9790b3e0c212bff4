// appendFileSync creates then appends
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var f = dir + '/log.txt';
fs.appendFileSync(f, 'line 1\n');
fs.appendFileSync(f, 'line 2\n', 'utf8');
fs.appendFileSync(f, 'line 3\n', { encoding: 'utf8' });
console.log(fs.readFileSync(f, 'utf8').split('\n').length, JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.rmSync(dir, { recursive: true, force: true });
