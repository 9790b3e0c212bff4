// writeHead with a flat array of header names and values.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(200, ['X-A', '1', 'X-B', '2', 'X-A', '3']);
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log(res.headers['x-a'], res.headers['x-b']);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
