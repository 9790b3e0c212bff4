// A bound socket keeps the loop alive until it is closed: the message sent after a delay arrives.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg) => {
  console.log('got', msg.toString());
  server.close();
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  setTimeout(() => {
    const c = dgram.createSocket('udp4');
    c.send('late', port, '127.0.0.1', () => c.close());
  }, 50);
});
process.on('exit', () => console.log('exit'));
