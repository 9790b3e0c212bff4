var cp = require('child_process');
var c = cp.spawn('cat');
var out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', function (d) { out += d; });
c.on('close', function (code) { console.log(JSON.stringify(out), code); });
c.stdin.write('abc\n');
c.stdin.write(Buffer.from('bytes\n'));
c.stdin.end('end');
