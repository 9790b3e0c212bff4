// Multi-byte bodies: Content-Length counts bytes.
var http = require('http');
var server = http.createServer(function (req, res) { res.end('h\u00e9llo \u20ac'); });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    var chunks = [];
    res.on('data', function (d) { chunks.push(d); });
    res.on('end', function () {
      console.log(res.headers['content-length'], Buffer.concat(chunks).toString());
      server.close();
    });
  });
});
