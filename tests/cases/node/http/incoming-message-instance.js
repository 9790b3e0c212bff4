// The request and response are IncomingMessage / ServerResponse instances; the client request a ClientRequest.
var http = require('http');
var stream = require('stream');
var server = http.createServer(function (req, res) {
  console.log(req instanceof http.IncomingMessage, req instanceof stream.Readable, res instanceof http.ServerResponse, res instanceof http.OutgoingMessage);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    console.log(res instanceof http.IncomingMessage);
    res.resume();
    res.on('end', function () { server.close(); });
  });
  console.log(req instanceof http.ClientRequest);
});
