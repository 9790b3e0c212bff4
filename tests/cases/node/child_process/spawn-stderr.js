var cp = require('child_process');
var c = cp.spawn('sh', ['-c', 'echo out; echo err 1>&2']);
var out = '', err = '';
c.stdout.on('data', function (d) { out += d; });
c.stderr.on('data', function (d) { err += d; });
c.on('close', function (code) { console.log(JSON.stringify(out), JSON.stringify(err), code); });
