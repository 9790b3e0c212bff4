// maxConnections: connections beyond the limit are closed at once.
var net = require('net');
var server = net.createServer(function (c) {
  console.log('accepted');
  c.write('welcome');
});
server.maxConnections = 1;
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var first = net.connect(port, '127.0.0.1');
  first.once('data', function (d) {
    console.log('first got', String(d));
    var second = net.connect(port, '127.0.0.1');
    second.on('data', function () { console.log('second got data'); });
    second.on('close', function () {
      console.log('second closed');
      first.destroy();
      server.close();
    });
    second.on('error', function () {});
  });
});
