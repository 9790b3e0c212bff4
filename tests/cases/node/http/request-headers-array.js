// rawHeaders keep case and order; duplicates are joined in headers.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  console.log(JSON.stringify(req.rawHeaders));
  console.log(JSON.stringify(req.headers));
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('GET / HTTP/1.1\r\nHost: h\r\nX-Dup: a\r\nx-dup: b\r\nCookie: c=1\r\nCookie: d=2\r\nSet-Cookie: s1\r\nSet-Cookie: s2\r\nContent-Type: t1\r\nContent-Type: t2\r\nConnection: close\r\n\r\n');
  });
  c.resume();
  c.on('end', function () { server.close(); });
});
