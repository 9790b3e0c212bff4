var cp = require('child_process');
var c = cp.spawn('printf', ['\\001\\377\\000abc']);
var chunks = [];
c.stdout.on('data', function (d) { chunks.push(d); });
c.on('close', function () { console.log(Buffer.concat(chunks)); });
