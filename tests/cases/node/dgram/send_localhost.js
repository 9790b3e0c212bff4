// A host name as destination is looked up (family 4 for udp4): 'localhost' reaches 127.0.0.1.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log(msg.toString(), rinfo.address);
  server.close();
  client.close();
});
server.bind(0, 'localhost', () => {
  console.log('bound to', server.address().address);
  client.send('to localhost', server.address().port, 'localhost');
});
