// write() after end() errors with ERR_STREAM_WRITE_AFTER_END.
var net = require('net');
var server = net.createServer(function (c) { c.resume(); c.on('end', function () { server.close(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.end('bye');
    c.write('more', function (err) { console.log('cb', err && err.code); });
  });
  c.on('error', function (err) { console.log('error', err.code, err.message); });
});
