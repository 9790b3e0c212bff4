// A 4 MB transfer arrives whole.
var net = require('net');
var size = 4 * 1024 * 1024;
var server = net.createServer(function (c) {
  var b = Buffer.alloc(size);
  for (var i = 0; i < size; i++) b[i] = i & 255;
  c.end(b);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var chunks = [];
  c.on('data', function (d) { chunks.push(d); });
  c.on('end', function () {
    var all = Buffer.concat(chunks);
    var ok = all.length === size;
    for (var i = 0; ok && i < size; i += 4099) ok = all[i] === (i & 255);
    console.log('length', all.length, 'ok', ok);
    server.close();
  });
});
