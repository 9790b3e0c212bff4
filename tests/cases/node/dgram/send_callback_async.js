// send's callback is asynchronous (after the current code) and gets (null, bytes).
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.send('abc', port, '127.0.0.1', function (err, bytes) {
    console.log('callback', err, bytes, arguments.length);
  });
  console.log('after send');
  s.on('message', (msg) => {
    console.log('message to self', msg.toString());
    s.close();
  });
});
