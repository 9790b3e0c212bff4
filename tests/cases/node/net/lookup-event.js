// Connecting by name emits 'lookup' with the address found.
var net = require('net');
var server = net.createServer(function (c) { c.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  c.on('lookup', function (err, address, family, host) { console.log('lookup', err, address, family, host); });
  c.on('connect', function () { console.log('connected'); });
  c.resume();
  c.on('close', function () { server.close(); });
});
