// Strings are sent as UTF-8; the datagram arrives as a Buffer.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log(Buffer.isBuffer(msg), msg.length, rinfo.size, msg.toString('utf8'), msg.toString('hex'));
  server.close();
  client.close();
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => client.send('héllo €', server.address().port, '127.0.0.1'));
