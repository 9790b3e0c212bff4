// A raw response without Content-Length uses chunked framing.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  res.sendDate = false;
  res.write('abc');
  res.end('defgh');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log(JSON.stringify(got)); server.close(); });
});
