// An unref'd server does not keep the process alive.
var net = require('net');
var s = net.createServer();
s.listen(0, '127.0.0.1', function () { console.log('listening'); });
s.unref();
process.on('exit', function () { console.log('exit while listening', s.listening); });
