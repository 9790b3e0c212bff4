var dgram = require('dgram');
var server = dgram.createSocket('udp4');
server.on('message', function (msg, rinfo) {
  console.log('server got', msg.toString(), rinfo.family, rinfo.size, rinfo.address);
  server.send('pong:' + msg, rinfo.port, rinfo.address);
});
server.on('listening', function () {
  var port = server.address().port;
  console.log('listening', server.address().address, typeof port);
  var client = dgram.createSocket('udp4');
  client.on('message', function (msg) {
    console.log('client got', msg.toString());
    client.close(function () { console.log('client closed'); server.close(); });
  });
  client.send(Buffer.from('ping'), port, '127.0.0.1', function (err, n) { console.log('sent', err, n); });
});
server.on('close', function () { console.log('server closed'); });
server.bind(0, '127.0.0.1');
