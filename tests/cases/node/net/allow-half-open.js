// With allowHalfOpen the server can still write after the client ended.
var net = require('net');
var server = net.createServer({ allowHalfOpen: true }, function (c) {
  c.on('end', function () {
    console.log('server: client ended; writable', c.writable);
    setTimeout(function () { c.end('late reply'); }, 10);
  });
  c.resume();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, function () { c.end(); });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log('client got', got); });
  c.on('close', function () { server.close(); });
});
