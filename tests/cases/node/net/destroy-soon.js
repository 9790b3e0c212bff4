// destroySoon() ends after pending writes and then closes.
var net = require('net');
var serverClosed = false, clientGot = null;
function done() {
  if (!serverClosed || clientGot === null) return;
  console.log('server socket closed; client got', clientGot);
  server.close();
}
var server = net.createServer(function (c) {
  c.write('first ');
  c.write('second');
  c.destroySoon();
  c.on('close', function () { serverClosed = true; done(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { clientGot = got; done(); });
});
