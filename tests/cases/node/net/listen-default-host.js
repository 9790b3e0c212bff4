// listen(0) without a host binds the unspecified IPv6 address (dual stack).
var net = require('net');
var s = net.createServer(function (c) { c.end('hi'); });
s.listen(0, function () {
  var a = s.address();
  console.log(a.address, a.family);
  var c = net.connect(a.port, '127.0.0.1');
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log('got', got); s.close(); });
});
