// http.request(url, options, cb): options override the URL's.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.method + ' ' + req.url); });
server.listen(0, '127.0.0.1', function () {
  var req = http.request('http://127.0.0.1:' + server.address().port + '/u', { method: 'DELETE' }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
  req.end();
});
