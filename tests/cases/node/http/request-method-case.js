// Lowercase methods are uppercased; the default path is '/'.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.method + ' ' + req.url); });
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'patch', agent: false }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
  req.end();
});
