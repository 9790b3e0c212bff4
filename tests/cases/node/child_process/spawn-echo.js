var cp = require('child_process');
var c = cp.spawn('echo', ['hello', 'world']);
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function (code, signal) { console.log(JSON.stringify(out), code, signal); });
