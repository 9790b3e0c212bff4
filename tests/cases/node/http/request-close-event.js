// The server-side request gets 'close' after the response finishes; res emits 'close' too.
var http = require('http');
var server = http.createServer(function (req, res) {
  req.on('close', function () { console.log('req close'); });
  res.on('close', function () { console.log('res close', res.writableFinished); });
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    res.resume();
    res.on('end', function () { setTimeout(function () { server.close(); }, 20); });
  });
});
