// 204 and 304 responses have no body and no framing headers.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(req.url === '/204' ? 204 : 304);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/204' }, function (res) {
    console.log(res.statusCode, res.headers['content-length'], res.headers['transfer-encoding']);
    res.resume();
    res.on('end', function () {
      http.get({ host: '127.0.0.1', port: server.address().port, path: '/304' }, function (res2) {
        console.log(res2.statusCode, res2.headers['content-length'], res2.headers['transfer-encoding']);
        res2.resume();
        res2.on('end', function () { server.close(); });
      });
    });
  });
});
