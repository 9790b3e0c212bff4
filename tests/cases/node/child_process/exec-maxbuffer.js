var cp = require('child_process');
cp.exec('seq 1 1000', { maxBuffer: 10 }, function (err, stdout) {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout));
});
