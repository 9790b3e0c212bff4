// Pipelined requests are answered in order even when handlers finish out of order.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  res.sendDate = false;
  var delay = req.url === '/slow' ? 30 : 0;
  setTimeout(function () { res.end(req.url); }, delay);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\nGET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    console.log(got.split('\r\n').filter(function (l) { return l.charAt(0) === '/' || l.indexOf('HTTP/') === 0; }).join(' | '));
    server.close();
  });
});
