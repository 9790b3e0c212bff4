// destroy() closes at once; the peer sees the end; destroyed and readyState after.
var net = require('net');
var log = { client: [], server: [] }, closed = 0;
function finish() { if (++closed === 2) { console.log(log.client.join(', ')); console.log(log.server.join(', ')); server.close(); } }
var server = net.createServer(function (c) {
  c.resume();
  c.on('end', function () { log.server.push('server saw end'); });
  c.on('close', finish);
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    log.client.push(c.readyState + ' ' + c.destroyed);
    c.destroy();
    log.client.push(c.readyState + ' ' + c.destroyed);
  });
  c.on('close', function (hadError) { log.client.push('client close ' + hadError); finish(); });
});
