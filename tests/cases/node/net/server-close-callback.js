// close(cb) gets 'close'; closing a server that is not running gives ERR_SERVER_NOT_RUNNING.
var net = require('net');
var s = net.createServer();
s.close(function (err) { console.log('not running:', err.code, err.message); });
var t = net.createServer();
t.listen(0, '127.0.0.1', function () {
  console.log('listening', t.listening);
  t.close(function (err) { console.log('closed', err, t.listening); });
});
t.on('close', function () { console.log('close event'); });
