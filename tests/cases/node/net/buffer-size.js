// bufferSize counts bytes waiting to be written.
var net = require('net');
var server = net.createServer(function (c) { c.resume(); c.on('end', function () { server.close(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.write('12345');
  c.write('678');
  console.log('while connecting', c.bufferSize, c.connecting, c.readyState);
  c.on('connect', function () { c.end(); });
  c.on('finish', function () { console.log('after flush', c.bufferSize); });
});
