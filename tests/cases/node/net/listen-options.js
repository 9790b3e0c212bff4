// listen({ port, host }) and the 'listening' event.
var net = require('net');
var s = net.createServer();
s.on('listening', function () {
  console.log('listening', s.address().address);
  s.close();
});
s.listen({ port: 0, host: '127.0.0.1' });
