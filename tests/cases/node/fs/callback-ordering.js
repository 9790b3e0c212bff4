// fs callbacks run after the current code and after nextTick callbacks
var fs = require('fs');
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/jsc-fs-');
function clean(s) { return String(s).split(dir).join('<dir>'); }
function report(e) { console.log(e.name, e.code, clean(e.message), e.errno, e.syscall, e.path === undefined ? 'no path' : clean(e.path)); }
fs.writeFileSync(dir + '/f', 'x');
var order = [];
fs.stat(dir + '/f', function () {
  order.push('stat');
  fs.readFile(dir + '/f', 'utf8', function () {
    order.push('readFile');
    console.log(order.join(' '));
    fs.rmSync(dir, { recursive: true });
  });
  process.nextTick(function () { order.push('tick in callback'); });
});
process.nextTick(function () { order.push('tick'); });
order.push('sync');
