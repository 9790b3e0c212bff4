// An HTTP server on a Unix socket, reached with socketPath.
var http = require('http');
var p = '/tmp/jsc-http-test-' + process.pid + '.sock';
var server = http.createServer(function (req, res) { res.end('via unix ' + req.url); });
server.listen(p, function () {
  http.get({ socketPath: p, path: '/sock' }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(res.statusCode, b); server.close(); });
  });
});
