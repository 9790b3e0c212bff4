var cp = require('child_process');
cp.execFile('nope-no-such-command', ['x'], function (err, stdout, stderr) {
  console.log(err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
});
