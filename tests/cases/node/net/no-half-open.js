// Without allowHalfOpen the socket ends its side when the other side ends.
var net = require('net');
var server = net.createServer(function (c) {
  c.on('end', function () { console.log('server end event'); });
  c.on('finish', function () { console.log('server finish (auto end)'); });
  c.on('close', function () { console.log('server close'); server.close(); });
  c.resume();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end(); });
  c.resume();
});
