var cp = require('child_process');
var c = cp.fork(__dirname + '/fixtures/sender.js', [], { silent: true });
console.log(c.stdout !== null, c.stdin !== null);
var got = [];
c.on('message', function (m) { got.push(m.n); });
c.on('close', function (code) { console.log(got, code); });
