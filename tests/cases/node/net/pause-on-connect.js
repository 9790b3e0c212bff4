// pauseOnConnect: the server socket gives no data until resumed.
var net = require('net');
var server = net.createServer({ pauseOnConnect: true }, function (c) {
  var got = '';
  c.on('data', function (d) { got += d; });
  setTimeout(function () {
    console.log('before resume', JSON.stringify(got));
    c.resume();
  }, 50);
  c.on('end', function () { console.log('after resume', got); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  net.connect(server.address().port, '127.0.0.1').end('payload');
});
