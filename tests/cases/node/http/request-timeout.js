// req.setTimeout on the client fires while the server is slow; destroy() ends the request.
var http = require('http');
var server = http.createServer(function (req, res) {
  setTimeout(function () { res.end('late'); }, 300);
});
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.setTimeout(50, function () {
    console.log('client timeout');
    req.destroy();
  });
  req.on('error', function (e) { console.log('error', e.code, e.message); });
  req.on('close', function () { console.log('request closed'); server.close(); server.closeAllConnections(); });
});
