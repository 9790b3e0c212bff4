var cp = require('child_process');
var c = cp.spawn('pwd', [], { cwd: __dirname + '/no-such-dir' });
c.on('error', function (e) { console.log(e.code, e.syscall, e.errno); });
c.on('close', function (code) { console.log('close', code); });
