// A 'clientError' listener gets the parse error and the socket.
var http = require('http');
var net = require('net');
var server = http.createServer(function () { console.log('no request expected'); });
server.on('clientError', function (err, socket) {
  console.log('clientError', err.code, err instanceof Error);
  socket.end('HTTP/1.1 400 Custom\r\n\r\n');
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('GET / HTTP/1.1\r\nBad Header Line\r\n\r\n'); });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log(JSON.stringify(got)); server.close(); });
});
