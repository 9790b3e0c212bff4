// new net.Socket() then connect(); the Socket is a Duplex stream.
var net = require('net');
var stream = require('stream');
var server = net.createServer(function (c) { c.end('from server'); });
server.listen(0, '127.0.0.1', function () {
  var s = new net.Socket();
  console.log(s instanceof stream.Duplex, s instanceof net.Socket, s.readyState, s.pending);
  s.connect(server.address().port, '127.0.0.1', function () { console.log('connected', s.readyState, s.pending); });
  s.setEncoding('utf8');
  s.on('data', function (d) { console.log(d); });
  s.on('close', function () { console.log(s.readyState); server.close(); });
});
