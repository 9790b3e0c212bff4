// disconnect() dissolves the association: remoteAddress throws again and send needs a port.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
let count = 0;
server.on('message', (msg) => {
  console.log('got', msg.toString());
  if (++count === 2) { server.close(); client.close(); }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.connect(port, '127.0.0.1', () => {
    client.send('one', () => {
      client.disconnect();
      try { client.remoteAddress(); } catch (e) { console.log(e.code); }
      try { client.disconnect(); } catch (e) { console.log(e.code); }
      client.send('two', port, '127.0.0.1');
    });
  });
});
