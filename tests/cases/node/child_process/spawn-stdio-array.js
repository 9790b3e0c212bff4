var cp = require('child_process');
var c = cp.spawn('sh', ['-c', 'echo out; echo err 1>&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
console.log(c.stdin === null, c.stdout !== null, c.stderr === null, c.stdio.length);
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function (code) { console.log(JSON.stringify(out), code); });
