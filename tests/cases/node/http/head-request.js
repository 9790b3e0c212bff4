// A HEAD response has headers but no body.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Length': 11 });
  res.end('hello world');
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'HEAD' }, function (res) {
    console.log(res.statusCode, res.headers['content-length']);
    var n = 0;
    res.on('data', function (d) { n += d.length; });
    res.on('end', function () { console.log('body bytes', n); server.close(); });
  });
  req.end();
});
