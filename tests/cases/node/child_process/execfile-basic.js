var cp = require('child_process');
cp.execFile('echo', ['a', 'b c'], function (err, stdout, stderr) {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
  cp.execFile('sh', ['-c', 'exit 5'], function (err2) {
    console.log(err2.code, err2.cmd, JSON.stringify(err2.message));
  });
});
