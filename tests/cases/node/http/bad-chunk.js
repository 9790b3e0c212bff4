// An invalid chunk size is a client error: 400 and close.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { req.resume(); req.on('end', function () { res.end(); }); });
server.on('clientError', function (err, socket) {
  console.log('clientError', err.code);
  socket.destroy();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  });
  c.resume();
  c.on('close', function () { console.log('closed'); server.close(); });
});
