var cp = require('child_process');
var c = cp.spawn('sh', ['-c', 'echo "$FOO-$BAR"'], { env: { FOO: 'foo', BAR: 'bar', PATH: process.env.PATH } });
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function () { console.log(JSON.stringify(out)); });
