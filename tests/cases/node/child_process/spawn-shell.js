var cp = require('child_process');
var c = cp.spawn('echo $((6 * 7))', { shell: true });
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', function (code) { console.log(JSON.stringify(out), code, c.spawnfile, c.spawnargs); });
