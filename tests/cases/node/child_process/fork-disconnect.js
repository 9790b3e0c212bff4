var cp = require('child_process');
var c = cp.fork(__dirname + '/fixtures/echo-child.js');
c.on('disconnect', function () { console.log('disconnect', c.connected); });
c.on('exit', function (code) { console.log('exit', code); });
c.disconnect();
console.log(c.connected);
c.send('late', function (err) { console.log(err.code, err.message); });
