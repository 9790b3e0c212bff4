var cp = require('child_process');
var c = cp.spawn('sleep', ['10']);
c.on('close', function (code, signal) { console.log('close', code, signal); });
console.log(c.kill('SIGKILL'));
