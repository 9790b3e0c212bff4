var cp = require('child_process');
cp.exec('echo "$GREETING"; pwd', { env: { GREETING: 'hi there' }, cwd: __dirname }, function (err, stdout) {
  var lines = stdout.trim().split('\n');
  console.log(err, lines[0], lines[1].split('/').pop());
});
