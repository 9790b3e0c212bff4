// A socket piped into itself on the server echoes a stream of lines.
var net = require('net');
var server = net.createServer(function (c) { c.pipe(c); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log(got.split('\n').length, got.slice(0, 12)); server.close(); });
  for (var i = 0; i < 100; i++) c.write('line ' + i + '\n');
  c.end();
});
