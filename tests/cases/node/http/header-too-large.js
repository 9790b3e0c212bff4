// Headers beyond the size limit get 431.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET / HTTP/1.1\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n');
  });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('error', function () {});
  c.on('close', function () { console.log(JSON.stringify(got.split('\r\n')[0])); server.close(); });
});
