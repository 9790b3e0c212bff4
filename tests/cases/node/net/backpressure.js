// write() returns false once the buffer is full and 'drain' follows; all bytes arrive.
var net = require('net');
var total = 0;
var server = net.createServer(function (c) {
  c.pause();
  setTimeout(function () { c.resume(); }, 50);
  c.on('data', function (d) { total += d.length; });
  c.on('end', function () { console.log('received', total); server.close(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var chunk = Buffer.alloc(64 * 1024, 97);
  var sent = 0, sawFalse = false;
  function pump() {
    while (sent < 64) {
      sent++;
      if (!c.write(chunk)) { sawFalse = true; c.once('drain', pump); return; }
    }
    console.log('saw false', sawFalse);
    c.end();
  }
  pump();
});
