// pause() stops 'data'; resume() delivers what arrived meanwhile.
var net = require('net');
var server = net.createServer(function (c) { c.end('some data'); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.pause();
  var got = '';
  c.on('data', function (d) { got += d; });
  setTimeout(function () {
    console.log('while paused', JSON.stringify(got), c.isPaused());
    c.resume();
  }, 50);
  c.on('end', function () { console.log('after resume', got); server.close(); });
});
