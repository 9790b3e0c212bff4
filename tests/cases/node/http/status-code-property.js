// res.statusCode and statusMessage set before the implicit head.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.statusCode = 404;
  res.statusMessage = 'Nope';
  res.end('missing');
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log(res.statusCode, res.statusMessage);
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
});
