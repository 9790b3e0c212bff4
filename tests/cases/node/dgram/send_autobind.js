// send() on an unbound socket binds it to an ephemeral port first ('listening' fires) and
// the datagram comes from that port.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
client.on('listening', () => console.log('client listening', client.address().port > 0));
server.on('message', (msg, rinfo) => {
  console.log('got', msg.toString(), rinfo.port === client.address().port);
  server.close();
  client.close();
});
server.bind(0, '127.0.0.1', () => {
  client.send('hi', server.address().port, '127.0.0.1', (err) => console.log('sent', err));
  try { client.address(); console.log('bound already'); } catch (e) { console.log('not bound yet', e.code); }
});
