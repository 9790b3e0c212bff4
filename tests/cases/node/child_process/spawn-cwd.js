var cp = require('child_process');
var c = cp.spawn('pwd', [], { cwd: __dirname });
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function (code) { console.log(out.trim().split('/').pop(), code); });
