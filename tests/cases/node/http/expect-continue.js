// Expect: 100-continue without a checkContinue listener: 100 is sent, then the request runs.
var http = require('http');
var server = http.createServer(function (req, res) {
  var b = '';
  req.on('data', function (d) { b += d; });
  req.on('end', function () { res.end('got ' + b); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST',
    headers: { Expect: '100-continue' } });
  req.on('continue', function () { console.log('continue'); req.end('body'); });
  req.on('response', function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(res.statusCode, b); server.close(); });
  });
});
