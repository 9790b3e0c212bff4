// server.ref() after unref() keeps the process alive until close.
var net = require('net');
var s = net.createServer();
s.unref();
s.ref();
s.listen(0, '127.0.0.1', function () {
  setTimeout(function () { console.log('still running'); s.close(); }, 30);
});
