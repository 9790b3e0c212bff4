// write() callbacks run after the data is handed to the system, in order; end() with data and a callback.
var net = require('net');
var server = net.createServer(function (c) {
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log('server got', got); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.write('a', function () { console.log('cb a'); });
  c.write('b', 'utf8', function (err) { console.log('cb b', err); });
  c.end('c', function () { console.log('end cb'); });
});
