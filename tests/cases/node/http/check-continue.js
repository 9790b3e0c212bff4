// A checkContinue listener decides; writeContinue sends the 100.
var http = require('http');
var server = http.createServer();
server.on('checkContinue', function (req, res) {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  var b = '';
  req.on('data', function (d) { b += d; });
  req.on('end', function () { res.end('ok ' + b); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT',
    headers: { Expect: '100-continue', 'Content-Length': 4 } });
  req.on('continue', function () { req.end('data'); });
  req.on('response', function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(res.statusCode, b); server.close(); });
  });
});
