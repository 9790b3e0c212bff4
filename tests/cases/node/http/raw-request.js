// A raw HTTP/1.1 request over net, answered with explicit headers (no Date).
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  res.sendDate = false;
  res.setHeader('Content-Type', 'text/plain');
  res.end('body');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log(JSON.stringify(got)); server.close(); });
});
