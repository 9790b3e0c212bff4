// Fifty concurrent requests through the global agent all complete.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.url.slice(1)); });
server.listen(0, '127.0.0.1', function () {
  var done = 0, sum = 0;
  for (var i = 0; i < 50; i++) {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i }, function (res) {
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () {
        sum += +b;
        if (++done === 50) { console.log('sum', sum); server.close(); }
      });
    });
  }
});
