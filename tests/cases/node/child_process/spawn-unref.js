var cp = require('child_process');
var c = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
c.unref();
c.on('exit', function () { console.log('never: the program ends first'); });
console.log('unref done');
process.on('exit', function () { c.kill('SIGKILL'); });
