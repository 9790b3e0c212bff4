// Client event order: connect, data, end, close.
var net = require('net');
var server = net.createServer(function (c) { c.end('data'); });
server.listen(0, '127.0.0.1', function () {
  var events = [];
  var c = net.connect(server.address().port, '127.0.0.1');
  ['connect', 'ready', 'data', 'end', 'finish', 'close'].forEach(function (e) {
    c.on(e, function () { events.push(e); });
  });
  c.on('close', function () { console.log(events.join(' ')); server.close(); });
});
