var cp = require('child_process');
var c = cp.spawn('wc', ['-c']);
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function () { console.log(out.trim()); });
c.stdin.end(Buffer.alloc(300000, 'x'));
