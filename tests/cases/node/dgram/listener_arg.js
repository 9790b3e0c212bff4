// createSocket(type, listener) adds listener for 'message'; events are EventEmitter events.
const dgram = require('dgram');
const s = dgram.createSocket('udp4', function (msg, rinfo) {
  console.log('listener', this === s, msg.toString(), Object.keys(rinfo).sort().join(','));
  s.close();
});
console.log(s.listenerCount('message'));
s.bind(0, '127.0.0.1', () => s.send('self', s.address().port, '127.0.0.1'));
