// Event order on the server response and on the client request/response.
var http = require('http');
var serverLog = [], clientLog = [], done = 0;
function finish() {
  if (++done < 2) return;
  console.log('server:', serverLog.join(' '));
  console.log('client:', clientLog.join(' '));
  server.close(function () { console.log('server closed'); });
}
var server = http.createServer(function (req, res) {
  res.on('finish', function () { serverLog.push('res-finish'); });
  res.on('close', function () { serverLog.push('res-close'); finish(); });
  res.end('x');
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.on('finish', function () { clientLog.push('req-finish'); });
  req.on('response', function (res) {
    clientLog.push('response');
    res.on('data', function () { clientLog.push('data'); });
    res.on('end', function () { clientLog.push('end'); finish(); });
  });
  req.end();
});
