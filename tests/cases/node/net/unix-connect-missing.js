// Connecting to a missing Unix socket path fails with ENOENT.
var net = require('net');
var c = net.connect('/tmp/jsc-no-such-socket-here.sock');
c.on('error', function (err) {
  console.log(err.code, err.syscall, err.message);
});
c.on('close', function (hadError) { console.log('close', hadError); });
