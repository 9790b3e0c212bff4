// close(cb): cb is a 'close' listener; 'close' comes after the current code, and no message after it.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', () => console.log('message after close?'));
s.bind(0, '127.0.0.1', () => {
  const c = dgram.createSocket('udp4');
  c.send('x', s.address().port, '127.0.0.1', () => {
    s.close(() => console.log('close callback'));
    s.on('close', () => console.log('close listener'));
    console.log('after close()');
    c.close();
  });
});
