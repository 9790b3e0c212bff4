// maxSockets: 1 serializes requests on one connection; all of them complete in order.
var http = require('http');
var agent = new http.Agent({ maxSockets: 1 });
var active = 0, maxActive = 0;
var server = http.createServer(function (req, res) {
  active++;
  maxActive = Math.max(maxActive, active);
  setTimeout(function () { active--; res.end(req.url); }, 5);
});
server.listen(0, '127.0.0.1', function () {
  var done = 0, order = [];
  for (var i = 0; i < 4; i++) {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i, agent: agent }, function (res) {
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () {
        order.push(b);
        if (++done === 4) {
          console.log(order.join(' '), 'max concurrent', maxActive);
          agent.destroy();
          server.close();
        }
      });
    });
  }
});
