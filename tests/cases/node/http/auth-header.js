// The auth option becomes a Basic Authorization header.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.headers.authorization); });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, auth: 'user:pass', agent: false }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
});
