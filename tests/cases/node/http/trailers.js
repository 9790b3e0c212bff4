// addTrailers on a chunked response; the client reads res.trailers after 'end'.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(200, { 'Trailer': 'X-Checksum' });
  res.write('data');
  res.addTrailers({ 'X-Checksum': 'abc123' });
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    res.resume();
    res.on('end', function () {
      console.log(JSON.stringify(res.trailers), res.rawTrailers);
      server.close();
    });
  });
});
