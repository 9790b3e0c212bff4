// bind(port, address, cb): the callback runs as a 'listening' listener, with the socket as this.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('listening', () => console.log('listening event'));
const ret = s.bind(0, '127.0.0.1', function () {
  console.log('bind callback', this === s);
  const a = s.address();
  console.log(a.address, a.family, a.port > 0);
  s.close(() => console.log('closed'));
});
console.log('bind returns socket', ret === s);
console.log('sync end');
