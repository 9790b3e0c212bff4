// setHeader/getHeader/getHeaders/getHeaderNames/hasHeader/removeHeader and headersSent.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.setHeader('X-One', '1');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Remove', 'gone');
  console.log(res.getHeader('x-one'), res.getHeader('set-cookie'), res.hasHeader('X-ONE'), res.hasHeader('nope'));
  res.removeHeader('x-remove');
  console.log(JSON.stringify(res.getHeaders()), res.getHeaderNames());
  console.log('sent before', res.headersSent);
  res.end('ok');
  console.log('sent after', res.headersSent);
  try { res.setHeader('X-Late', '1'); } catch (e) { console.log(e.code); }
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log(res.headers['x-one'], res.headers['set-cookie'], res.headers['x-remove']);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
