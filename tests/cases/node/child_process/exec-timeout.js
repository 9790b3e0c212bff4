var cp = require('child_process');
cp.exec('sleep 5', { timeout: 100 }, function (err, stdout, stderr) {
  console.log(err.killed, err.signal, err.code, err.cmd, JSON.stringify(err.message));
});
