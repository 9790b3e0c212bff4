// setEncoding makes 'data' deliver strings (here in two writes, multi-byte characters whole).
var net = require('net');
var server = net.createServer(function (c) {
  c.write(Buffer.from('h\u00e9'));
  setTimeout(function () { c.end(Buffer.from('llo \u20ac')); }, 20);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  var parts = [];
  c.on('data', function (d) { parts.push(typeof d + ':' + d); });
  c.on('end', function () { console.log(parts.join('|')); server.close(); });
});
