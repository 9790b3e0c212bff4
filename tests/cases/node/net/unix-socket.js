// Servers and clients on a Unix domain socket path.
var net = require('net');
var fs = require('fs');

var p = '/tmp/jsc-net-test-' + process.pid + '.sock';
var server = net.createServer(function (c) { c.end('over unix'); });
server.listen(p, function () {
  console.log('address is path', server.address() === p);
  var c = net.connect(p);
  var got = '';
  c.on('connect', function () { console.log('connected'); });
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    console.log(got);
    server.close(function () { console.log('socket file removed', !fs.existsSync(p)); });
  });
});
