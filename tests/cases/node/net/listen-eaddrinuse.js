// A second server on a port in use gets EADDRINUSE with node's message.
var net = require('net');
var a = net.createServer();
a.listen(0, '127.0.0.1', function () {
  var port = a.address().port;
  var b = net.createServer();
  b.on('error', function (err) {
    console.log(err.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log('listening?', b.listening);
    a.close();
  });
  b.listen(port, '127.0.0.1');
});
