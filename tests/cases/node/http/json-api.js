// A small JSON API: POST JSON, get JSON back.
var http = require('http');
var server = http.createServer(function (req, res) {
  var b = '';
  req.on('data', function (d) { b += d; });
  req.on('end', function () {
    var input = JSON.parse(b);
    var out = JSON.stringify({ sum: input.a + input.b });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(out) });
    res.end(out);
  });
});
server.listen(0, '127.0.0.1', function () {
  var body = JSON.stringify({ a: 2, b: 40 });
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false,
    headers: { 'Content-Type': 'application/json', 'Content-Length': body.length } }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(res.headers['content-type'], JSON.parse(b).sum); server.close(); });
  });
  req.end(body);
});
