// CONNECT: the server's 'connect' event and the client's 'connect' event.
var http = require('http');
var server = http.createServer();
server.on('connect', function (req, socket, head) {
  console.log('server connect', req.method, req.url);
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', function (d) { socket.end('tunnel:' + d); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'CONNECT', path: 'example.com:443' });
  req.on('connect', function (res, socket) {
    console.log('client connect', res.statusCode);
    socket.write('hi');
    socket.on('data', function (d) { console.log(String(d)); });
    socket.on('end', function () { socket.end(); server.close(); });
  });
  req.end();
});
