// remoteAddress/remotePort/remoteFamily and localAddress/localPort on both ends. The server's
// 'connection' and the client's 'connect' race (in node too), so lines print in a fixed order.
var net = require('net');
var lines = { server: [], client: [] };
var server = net.createServer(function (c) {
  lines.server.push(['server side', c.remoteAddress, c.remoteFamily, c.localAddress, c.localPort === server.address().port].join(' '));
  c.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    lines.client.push(['client side', c.remoteAddress, c.remoteFamily, c.remotePort === server.address().port, c.localAddress, typeof c.localPort].join(' '));
    var a = c.address();
    lines.client.push([a.address, a.family, a.port === c.localPort].join(' '));
  });
  c.resume();
  c.on('close', function () {
    server.close(function () { console.log(lines.server.concat(lines.client).join('\n')); });
  });
});
