var cp = require('child_process');
var c = cp.spawn('seq', ['1', '100000']);
var length = 0, last = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', function (d) { length += d.length; last = d; });
c.on('close', function (code) { console.log(length, JSON.stringify(last.slice(-7)), code); });
