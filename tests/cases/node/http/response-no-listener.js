// A request without a 'response' listener still completes (the body is dumped).
var http = require('http');
var server = http.createServer(function (req, res) { res.end('ignored body'); });
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.on('close', function () { console.log('request closed'); server.close(); });
});
