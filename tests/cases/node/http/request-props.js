// IncomingMessage on the server: method, url, httpVersion, lowercased headers, rawHeaders.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.headers['x-custom'], req.headers['x-multi']);
  console.log(req.rawHeaders.filter(function (h, i) { return i % 2 === 0; }).join(','));
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/a/b?c=d', method: 'PUT',
    headers: { 'X-Custom': 'Value', 'X-Multi': ['1', '2'], 'Content-Length': 0 } }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.end();
});
