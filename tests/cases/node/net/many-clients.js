// Twenty clients at once each get their own answer.
var net = require('net');
var server = net.createServer(function (c) {
  c.setEncoding('utf8');
  c.once('data', function (d) { c.end('re:' + d); });
});
server.listen(0, '127.0.0.1', function () {
  var done = 0, results = [];
  for (var i = 0; i < 20; i++) (function (i) {
    var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('n' + i); });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
      results[i] = got;
      if (++done === 20) { console.log(results.join(',')); server.close(); }
    });
  })(i);
});
