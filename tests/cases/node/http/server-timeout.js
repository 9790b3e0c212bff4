// server.setTimeout: an idle connection gets 'timeout' on the server.
var http = require('http');
var net = require('net');
var server = http.createServer();
server.setTimeout(50, function (socket) {
  console.log('server timeout');
  socket.destroy();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('close', function () { console.log('client closed'); server.close(); });
});
