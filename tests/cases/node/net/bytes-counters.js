// bytesRead and bytesWritten after an exchange.
var net = require('net');
var lines = [], closed = 0;
function finish() { if (++closed === 2) { lines.sort(); console.log(lines.join('\n')); server.close(); } }
var server = net.createServer(function (c) {
  c.on('data', function () {});
  c.on('end', function () {
    lines.push('server bytesRead ' + c.bytesRead);
    c.end('0123456789');
  });
  c.on('close', function () { lines.push('server bytesWritten ' + c.bytesWritten); finish(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('abc');
    c.end(Buffer.from('defgh'));
  });
  c.on('data', function () {});
  c.on('close', function () { lines.push('client ' + c.bytesWritten + ' ' + c.bytesRead); finish(); });
});
