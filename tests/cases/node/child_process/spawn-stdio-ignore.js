var cp = require('child_process');
var c = cp.spawn('sh', ['-c', 'echo hidden; exit 3'], { stdio: 'ignore' });
console.log(c.stdin, c.stdout, c.stderr, c.stdio);
c.on('close', function (code) { console.log('close', code); });
