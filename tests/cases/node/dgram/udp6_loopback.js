// udp6 sockets on ::1: rinfo reports IPv6.
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
server.on('message', (msg, rinfo) => {
  console.log(msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  server.close();
  client.close();
});
const client = dgram.createSocket('udp6');
server.bind(0, '::1', () => {
  const a = server.address();
  console.log(a.address, a.family);
  client.send('v6', a.port, '::1');
});
