// setBroadcast on a bound socket; sending to the broadcast address needs it.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, () => {
  console.log(s.setBroadcast(true));
  console.log(s.setBroadcast(false));
  s.close(() => console.log('closed'));
});
