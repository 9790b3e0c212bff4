// A POST body sent in pieces (chunked) is read whole by the server.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.headers['transfer-encoding']);
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () { res.end('len=' + body.length + ' ' + body); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' }, function (res) {
    var data = '';
    res.on('data', function (d) { data += d; });
    res.on('end', function () { console.log(data); server.close(); });
  });
  req.write('abc');
  req.write('def');
  req.end('ghi');
});
