var cp = require('child_process');
console.log('before');
var c = cp.spawn('echo', ['from the child'], { stdio: 'inherit' });
c.on('close', function (code) { console.log('after', code); });
