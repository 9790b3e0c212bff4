// bytesRead and bytesWritten after an exchange.
var net = require('net');
var server = net.createServer(function (c) {
  c.on('data', function () {});
  c.on('end', function () {
    console.log('server bytesRead', c.bytesRead);
    c.end('0123456789');
  });
  c.on('close', function () { console.log('server bytesWritten', c.bytesWritten); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('abc');
    c.end(Buffer.from('defgh'));
  });
  c.on('data', function () {});
  c.on('close', function () { console.log('client', c.bytesWritten, c.bytesRead); });
});
