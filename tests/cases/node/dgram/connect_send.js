// connect(port, address, cb): then send() without a destination, remoteAddress(), 'connect' event.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.port === client.address().port);
  server.close();
  client.close();
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.on('connect', () => console.log('connect event'));
  client.connect(port, '127.0.0.1', () => {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === port);
    client.send('via connect', (err, n) => console.log('sent', err, n));
  });
});
