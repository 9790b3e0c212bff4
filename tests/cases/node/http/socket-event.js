// The request's 'socket' event hands out a net.Socket.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end(); });
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.on('socket', function (s) { console.log('socket', s instanceof net.Socket, req.socket === s); });
});
