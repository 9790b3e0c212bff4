// Upgrade: the server's 'upgrade' gets the socket; the client's 'upgrade' gets the 101 response.
var http = require('http');
var server = http.createServer(function () { console.log('no request expected'); });
server.on('upgrade', function (req, socket, head) {
  console.log('server upgrade', req.headers.upgrade, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', function (d) { socket.end('echo:' + d); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', function (res, socket, head) {
    console.log('client upgrade', res.statusCode, res.headers.upgrade);
    socket.write('ping');
    socket.on('data', function (d) { console.log(String(d)); });
    socket.on('end', function () { socket.end(); server.close(); });
  });
  req.end();
});
