// The 'connection' event gets a net.Socket; the server has no connectionListener here.
var net = require('net');
var server = net.createServer();
server.on('connection', function (c) {
  console.log('connection', c instanceof net.Socket, c.server === server);
  c.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
  c.on('end', function () { server.close(); });
});
