// With reuseAddr two sockets can bind one port.
const dgram = require('dgram');
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.on('error', (e) => console.log('error', e.code));
  b.bind(port, '127.0.0.1', () => {
    console.log('both bound', b.address().port === port);
    a.close();
    b.close();
  });
});
