var cp = require('child_process');
var c = cp.fork(__dirname + '/fixtures/sender.js');
c.on('message', function (m) { console.log('message', m); });
c.on('disconnect', function () { console.log('disconnect', c.connected); });
c.on('close', function (code) { console.log('close', code); });
