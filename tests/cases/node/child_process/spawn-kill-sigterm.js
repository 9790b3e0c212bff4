var cp = require('child_process');
var c = cp.spawn('sleep', ['10']);
console.log(c.killed);
c.on('exit', function (code, signal) { console.log('exit', code, signal, c.killed, c.signalCode); });
console.log(c.kill());
