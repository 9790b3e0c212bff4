// createConnection({ port, host }) with a connect listener.
var net = require('net');
var server = net.createServer(function (c) { c.end('x'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.createConnection({ port: server.address().port, host: '127.0.0.1' }, function () {
    console.log('connected', c.remotePort === server.address().port);
  });
  c.resume();
  c.on('end', function () { server.close(); });
});
