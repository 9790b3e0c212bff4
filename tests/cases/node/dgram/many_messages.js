// Twenty datagrams sent one after another arrive in order on loopback.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString());
  if (got.length === 20) {
    console.log(got.join(','));
    server.close();
    client.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  let i = 0;
  (function next() {
    if (i === 20) return;
    client.send(String(i++), port, '127.0.0.1', next);
  })();
});
