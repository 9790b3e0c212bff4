// send([chunks...]) gathers Buffers, strings and typed arrays into one datagram.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log(JSON.stringify(msg.toString()), rinfo.size, msg.length);
  server.close();
  client.close();
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  client.send([Buffer.from('ab'), 'cd', new Uint8Array([101, 102])], server.address().port, '127.0.0.1', (err, n) => {
    console.log('sent', err, n);
  });
});
