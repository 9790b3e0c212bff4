// A request to a closed port emits 'error' with ECONNREFUSED.
var http = require('http');
var server = http.createServer();
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  server.close(function () {
    var req = http.get({ host: '127.0.0.1', port: port }, function () { console.log('unexpected'); });
    req.on('error', function (e) { console.log(e.code, e.syscall, e.message === 'connect ECONNREFUSED 127.0.0.1:' + port); });
  });
});
