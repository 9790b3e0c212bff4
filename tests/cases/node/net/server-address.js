// server.address() on an IPv4 listener, and null before listening.
var net = require('net');
var s = net.createServer();
console.log(s.address());
s.listen(0, '127.0.0.1', function () {
  var a = s.address();
  console.log(Object.keys(a), a.address, a.family, typeof a.port, a.port > 0);
  s.close();
  console.log('after close', s.address());
});
