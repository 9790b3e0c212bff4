var cp = require('child_process');
var c = cp.spawn('sleep', ['10']);
try {
  c.kill('SIGNOPE');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
c.on('exit', function (code, signal) { console.log(signal); });
c.kill(9);
