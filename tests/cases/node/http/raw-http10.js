// An HTTP/1.0 request gets a response that closes the connection.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  console.log(req.httpVersion);
  res.sendDate = false;
  res.write('ten');
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('GET / HTTP/1.0\r\n\r\n'); });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log(JSON.stringify(got)); server.close(); });
});
