var cp = require('child_process');
var c = cp.spawn('nope-no-such-command', ['a', 'b']);
console.log(c.pid);
c.on('error', function (e) {
  console.log(e instanceof Error, e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
});
c.on('close', function (code, signal) { console.log('close', code, signal); });
