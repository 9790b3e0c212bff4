// Several sends before the implicit bind finishes wait in a queue and run in order once it is bound.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString());
  if (got.length === 3) {
    console.log(got.join(' '));
    server.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = dgram.createSocket('udp4');
  c.send('a', port, '127.0.0.1', () => console.log('cb a'));
  c.send('b', port, '127.0.0.1', () => console.log('cb b'));
  c.send('c', port, '127.0.0.1', () => {
    console.log('cb c');
    c.close(() => console.log('client closed'));
  });
});
