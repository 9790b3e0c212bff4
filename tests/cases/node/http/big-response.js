// A 1 MB response arrives whole.
var http = require('http');
var big = Buffer.alloc(1024 * 1024, 120);
var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Length': big.length });
  res.end(big);
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    var n = 0;
    res.on('data', function (d) { n += d.length; });
    res.on('end', function () { console.log('bytes', n, res.headers['content-length']); server.close(); });
  });
});
