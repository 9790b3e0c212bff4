// An empty datagram arrives with size 0; a 60000-byte one arrives whole.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const sizes = [];
server.on('message', (msg, rinfo) => {
  sizes.push(msg.length + '/' + rinfo.size);
  if (sizes.length === 2) {
    console.log(sizes.join(' '));
    server.close();
    client.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.send(Buffer.alloc(0), port, '127.0.0.1', () => {
    const big = Buffer.alloc(60000, 7);
    client.send(big, port, '127.0.0.1', (err, n) => console.log('big sent', err, n));
  });
});
