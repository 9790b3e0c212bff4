// Without Content-Length the response is chunked; the client reassembles it.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.write('part1,');
  res.write(Buffer.from('part2,'));
  setTimeout(function () { res.end('part3'); }, 10);
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log(res.headers['transfer-encoding'], res.headers['content-length']);
    var body = '';
    res.on('data', function (d) { body += d; });
    res.on('end', function () { console.log(body); server.close(); });
  });
});
