// Event order on the server response and the client request.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.on('finish', function () { console.log('res finish'); });
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.on('finish', function () { console.log('req finish'); });
  req.on('response', function (res) {
    res.on('data', function () {});
    res.on('end', function () {
      console.log('res end');
      server.close(function () { console.log('server closed'); });
    });
  });
  req.end();
});
