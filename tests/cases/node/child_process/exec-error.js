var cp = require('child_process');
cp.exec('echo partial; echo bad 1>&2; exit 3', function (err, stdout, stderr) {
  console.log(err instanceof Error, JSON.stringify(err.message));
  console.log(err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
});
