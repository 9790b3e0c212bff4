// With a keep-alive agent, sequential requests reuse one connection.
var http = require('http');
var agent = new http.Agent({ keepAlive: true });
var ports = [];
var server = http.createServer(function (req, res) {
  ports.push(req.socket.remotePort);
  res.end(req.url);
});
server.listen(0, '127.0.0.1', function () {
  var n = 0;
  function next() {
    if (n === 3) {
      console.log('same socket', ports[0] === ports[1] && ports[1] === ports[2]);
      agent.destroy();
      server.close();
      return;
    }
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + n++, agent: agent }, function (res) {
      console.log(res.headers.connection);
      res.resume();
      res.on('end', function () { setImmediate(next); });
    });
  }
  next();
});
