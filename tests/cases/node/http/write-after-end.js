// res.write after end() emits ERR_STREAM_WRITE_AFTER_END.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.end('done');
  res.on('error', function (e) { console.log('error', e.code); });
  res.write('more', function (err) { console.log('cb', err && err.code); });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log(b); server.close(); });
  });
});
