var cp = require('child_process');
var c = cp.fork(__dirname + '/fixtures/echo-child.js', ['x', 'y']);
console.log(c.connected, typeof c.send);
var replies = 0;
c.on('message', function (m) {
  console.log('reply', JSON.stringify(m));
  if (++replies === 4) c.send('bye');
});
c.send('argv');
c.send('connected');
c.send({ nested: [1, { two: 2 }], s: 'ü' });
c.send(42);
c.on('exit', function (code, signal) { console.log('exit', code, signal, c.connected); });
