// Unref'd sockets (both ends) and an unref'd server let the process exit; ref() brings one back.
var net = require('net');
var server = net.createServer(function (c) { c.unref(); c.resume(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log('connected');
    server.unref();
    c.unref();
    c.ref();
    c.unref();
  });
});
process.on('exit', function () { console.log('exit'); });
