// write() with hex, base64, latin1 and utf8 encodings, and Buffers.
var net = require('net');
var server = net.createServer(function (c) {
  var chunks = [];
  c.on('data', function (d) { chunks.push(d); });
  c.on('end', function () {
    var all = Buffer.concat(chunks);
    console.log(all.toString('hex'));
    console.log(all.length);
    server.close();
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.write('414243', 'hex');
    c.write('aGk=', 'base64');
    c.write('\u00e9', 'latin1');
    c.write('\u00e9', 'utf8');
    c.write(Buffer.from([1, 2, 3]));
    c.end();
  });
});
