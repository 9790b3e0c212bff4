// Garbage on the wire gets 400 Bad Request and the connection closes; the server survives.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('THIS IS NOT HTTP\r\n\r\n'); });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('close', function () {
    console.log(JSON.stringify(got));
    http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
      console.log('still serving', res.statusCode);
      res.resume();
      res.on('end', function () { server.close(); });
    });
  });
});
