var cp = require('child_process');
cp.exec('echo hi; echo there 1>&2', function (err, stdout, stderr) {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
});
