// The Host header the client sends, and setHost: false.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(String(req.headers.host).replace(/\d+$/, 'PORT')); });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () {
      console.log(b);
      http.get({ host: '127.0.0.1', port: server.address().port, agent: false, setHost: false }, function (res2) {
        var c = '';
        res2.on('data', function (d) { c += d; });
        res2.on('end', function () { console.log(c); server.close(); });
      });
    });
  });
});
