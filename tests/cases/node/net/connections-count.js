// getConnections counts open connections; server.close waits for them.
var net = require('net');
var sockets = [];
var server = net.createServer(function (c) {
  sockets.push(c);
  c.resume();
  if (sockets.length === 3) {
    server.getConnections(function (err, n) {
      console.log('connections', err, n);
      server.close(function () { console.log('server closed after connections ended'); });
      sockets.forEach(function (s) { s.end(); });
    });
  }
});
server.listen(0, '127.0.0.1', function () {
  for (var i = 0; i < 3; i++) net.connect(server.address().port, '127.0.0.1').resume();
});
