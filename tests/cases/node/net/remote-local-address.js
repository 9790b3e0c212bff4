// remoteAddress/remotePort/remoteFamily and localAddress/localPort on both ends.
var net = require('net');
var server = net.createServer(function (c) {
  console.log('server side', c.remoteAddress, c.remoteFamily, c.localAddress, c.localPort === server.address().port);
  c.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log('client side', c.remoteAddress, c.remoteFamily, c.remotePort === server.address().port, c.localAddress, typeof c.localPort);
    var a = c.address();
    console.log(a.address, a.family, a.port === c.localPort);
  });
  c.resume();
  c.on('close', function () { server.close(); });
});
