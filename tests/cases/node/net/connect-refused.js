// Connecting to a port nobody listens on fails with node's ECONNREFUSED error.
var net = require('net');
var server = net.createServer();
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  server.close(function () {
    var c = net.connect(port, '127.0.0.1');
    c.on('connect', function () { console.log('unexpected connect'); });
    c.on('error', function (err) {
      console.log(err.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
      console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
      console.log(err instanceof Error);
    });
    c.on('close', function (hadError) { console.log('close', hadError); });
  });
});
