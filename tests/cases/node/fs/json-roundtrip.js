// JSON written to a file and parsed back
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
var data = { name: 'jsc', list: [1, 2, 3], nested: { ok: true, text: 'caf\u00e9' } };
fs.writeFileSync(dir + '/data.json', JSON.stringify(data, null, 2));
var back = JSON.parse(fs.readFileSync(dir + '/data.json', 'utf8'));
console.log(back.name, back.list.join(), back.nested.ok, back.nested.text, fs.statSync(dir + '/data.json').size);
fs.rmSync(dir, { recursive: true, force: true });
