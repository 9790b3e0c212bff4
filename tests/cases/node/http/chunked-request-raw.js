// A raw chunked request body with extensions and trailers.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  var b = '';
  req.on('data', function (d) { b += d; });
  req.on('end', function () {
    console.log(b, JSON.stringify(req.trailers));
    res.end();
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n');
    c.write('5;ext=1\r\nhello\r\n');
    c.write('6\r\n world\r\n0\r\nX-T: done\r\n\r\n');
  });
  c.resume();
  c.on('end', function () { server.close(); });
});
