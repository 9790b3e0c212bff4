// Invalid header names and values throw node's errors.
var http = require('http');
var server = http.createServer(function (req, res) {
  try { res.setHeader('bad name', 'x'); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('X-Ok', 'bad\nvalue'); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('X-Undef', undefined); } catch (e) { console.log(e.code, e.message); }
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
