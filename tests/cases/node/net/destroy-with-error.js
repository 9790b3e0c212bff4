// destroy(err) emits 'error' then 'close' with hadError true.
var net = require('net');
var server = net.createServer(function (c) { c.resume(); c.on('close', function () { server.close(); }); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    c.destroy(new Error('boom'));
  });
  c.on('error', function (e) { console.log('error', e.message); });
  c.on('close', function (hadError) { console.log('close', hadError); });
});
