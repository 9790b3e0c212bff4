// writeHead(status, reason, headers) and statusMessage on both ends.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(299, 'Custom Reason', { 'X-A': 'a' });
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log(res.statusCode, res.statusMessage, res.headers['x-a']);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
