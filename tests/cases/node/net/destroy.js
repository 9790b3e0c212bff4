// destroy() closes at once; the peer sees the end; destroyed and readyState after.
var net = require('net');
var server = net.createServer(function (c) {
  c.resume();
  c.on('end', function () { console.log('server saw end'); });
  c.on('close', function () { server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log(c.readyState, c.destroyed);
    c.destroy();
    console.log(c.readyState, c.destroyed);
  });
  c.on('close', function (hadError) { console.log('client close', hadError); });
});
