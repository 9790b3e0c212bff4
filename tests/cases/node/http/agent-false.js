// agent: false uses a fresh connection with Connection: close.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log('server sees connection:', req.headers.connection);
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    console.log('client sees connection:', res.headers.connection);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
