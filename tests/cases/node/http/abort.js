// abort() emits 'abort' and the request does not complete.
var http = require('http');
var server = http.createServer(function (req, res) {
  req.socket.on('close', function () { console.log('server socket closed'); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function () { console.log('unexpected'); });
  req.on('abort', function () { console.log('abort event', req.aborted); });
  req.on('error', function (e) { console.log('error', e.code); });
  server.on('request', function () { req.abort(); });
});
