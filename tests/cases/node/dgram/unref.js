// An unref'd bound socket does not keep the process alive; ref() makes it count again.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log('bound');
  console.log(s.unref() === s, s.ref() === s);
  s.unref();
});
process.on('exit', () => console.log('exit without close'));
