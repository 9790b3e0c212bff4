// The v0.8 form send(buf, offset, length, port, address, cb) sends that slice.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('got', JSON.stringify(msg.toString()), rinfo.size);
  if (msg.toString() === 'end') { server.close(); client.close(); }
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const buf = Buffer.from('0123456789');
  client.send(buf, 2, 5, port, '127.0.0.1', (err, bytes) => {
    console.log('cb1', err, bytes);
    client.send(buf, 0, buf.length, port, '127.0.0.1', (err, bytes) => {
      console.log('cb2', err, bytes);
      client.send('end', port, '127.0.0.1');
    });
  });
});
