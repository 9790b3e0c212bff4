// The manual's hello-world server, fetched once.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/' }, function (res) {
    console.log(res.statusCode, res.headers['content-type'], res.headers['content-length']);
    res.setEncoding('utf8');
    res.on('data', function (d) { console.log(JSON.stringify(d)); });
    res.on('end', function () { server.close(); });
  });
});
