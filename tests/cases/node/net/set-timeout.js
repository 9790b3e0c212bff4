// setTimeout emits 'timeout' after inactivity; the socket stays open until ended.
var net = require('net');
var server = net.createServer(function (c) { c.resume(); c.on('end', function () { c.end(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var start = Date.now();
  c.setTimeout(50, function () {
    console.log('timeout after >= 40ms', Date.now() - start >= 40);
    console.log('still open', !c.destroyed);
    c.end();
  });
  c.resume();
  c.on('close', function () { server.close(); });
});
