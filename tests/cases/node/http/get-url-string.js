// http.get with a URL string, including a query.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.method + ' ' + req.url + ' ' + req.headers.host.split(':')[0]); });
server.listen(0, '127.0.0.1', function () {
  http.get('http://127.0.0.1:' + server.address().port + '/path/x?q=1#frag', function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
});
