// A server echoes what a client writes; the client ends after the reply.
var net = require('net');
var server = net.createServer(function (c) {
  c.on('data', function (d) { c.write('echo:' + d); });
  c.on('end', function () { console.log('server saw end'); c.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var client = net.connect(server.address().port, '127.0.0.1', function () {
    console.log('connected');
    client.write('hello');
  });
  client.setEncoding('utf8');
  client.on('data', function (d) { console.log('client got', d); client.end(); });
  client.on('close', function (hadError) { console.log('client close', hadError); server.close(); });
});
server.on('close', function () { console.log('server close'); });
