var cp = require('child_process');
cp.exec('printf abc', { encoding: 'buffer' }, function (err, stdout, stderr) {
  console.log(err, stdout, stderr);
});
