// A response within the server timeout is not affected; setTimeout returns the server.
var http = require('http');
var server = http.createServer(function (req, res) { res.end('quick'); });
console.log(server.setTimeout(1000) === server, server.timeout);
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    res.resume();
    res.on('end', function () { console.log('ok'); server.close(); });
  });
});
