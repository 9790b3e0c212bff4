// A request with Content-Length is not chunked; the server sees the header.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.headers['content-length'], req.headers['transfer-encoding']);
  var n = 0;
  req.on('data', function (d) { n += d.length; });
  req.on('end', function () { res.end(String(n)); });
});
server.listen(0, '127.0.0.1', function () {
  var body = 'x'.repeat(100000);
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST',
    headers: { 'Content-Length': body.length } }, function (res) {
    var data = '';
    res.on('data', function (d) { data += d; });
    res.on('end', function () { console.log('server counted', data); server.close(); });
  });
  req.end(body);
});
