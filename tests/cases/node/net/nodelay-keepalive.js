// setNoDelay and setKeepAlive return the socket.
var net = require('net');
var server = net.createServer(function (c) { c.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log(c.setNoDelay() === c, c.setNoDelay(false) === c);
    console.log(c.setKeepAlive(true, 1000) === c, c.setKeepAlive(false) === c);
  });
  c.resume();
  c.on('close', function () { server.close(); });
});
