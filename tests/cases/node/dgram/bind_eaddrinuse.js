// Binding a port another socket holds emits 'error' (not a throw): node's `bind EADDRINUSE addr:port`.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('listening', () => console.log('unexpected listening'));
  b.on('error', (err) => {
    console.log(err instanceof Error, err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(err.message === 'bind EADDRINUSE 127.0.0.1:' + port);
    b.close();
    a.close();
  });
  b.bind(port, '127.0.0.1');
});
