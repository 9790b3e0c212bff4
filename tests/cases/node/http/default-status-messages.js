// Each status code gets its standard reason phrase.
var http = require('http');
var codes = [201, 202, 301, 302, 400, 403, 404, 500, 503];
var server = http.createServer(function (req, res) {
  res.writeHead(+req.url.slice(1));
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var i = 0;
  function next() {
    if (i === codes.length) return server.close();
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + codes[i++] }, function (res) {
      console.log(res.statusCode, res.statusMessage);
      res.resume();
      res.on('end', next);
    });
  }
  next();
});
