var cp = require('child_process');
var c = cp.spawn('sh', ['-c', 'exit 42']);
c.on('exit', function (code, signal) {
  console.log('exit', code, signal, c.exitCode, c.signalCode);
});
c.on('close', function (code, signal) { console.log('close', code, signal); });
