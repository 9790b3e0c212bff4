// setTimeout(0) cancels a timeout; setTimeout returns the socket.
var net = require('net');
var server = net.createServer(function (c) { c.resume(); c.on('end', function () { c.end(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('timeout', function () { console.log('should not time out'); });
  console.log(c.setTimeout(20) === c);
  c.setTimeout(0);
  setTimeout(function () { console.log('no timeout'); c.end(); }, 60);
  c.resume();
  c.on('close', function () { server.close(); });
});
