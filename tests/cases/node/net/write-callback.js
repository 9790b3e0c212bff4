// write() callbacks run after the data is handed to the system, in order; end() with data and a
// callback. The client's end callback and the server's 'end' race (in node too): the server's
// line is printed once both have happened.
var net = require('net');
var pending = 2, serverLine;
function done() { if (--pending === 0) { console.log(serverLine); server.close(); } }
var server = net.createServer(function (c) {
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () { serverLine = 'server got ' + got; done(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.write('a', function () { console.log('cb a'); });
  c.write('b', 'utf8', function (err) { console.log('cb b', err); });
  c.end('c', function () { console.log('end cb'); done(); });
});
