// listen(port, host, backlog, callback).
var net = require('net');
var s = net.createServer();
s.listen(0, '127.0.0.1', 10, function () {
  console.log('listening with backlog', s.address().family);
  s.close();
});
