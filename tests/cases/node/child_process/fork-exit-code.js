var cp = require('child_process');
var c = cp.fork(__dirname + '/fixtures/echo-child.js');
c.send('exit');
c.on('exit', function (code, signal) { console.log('exit', code, signal); });
