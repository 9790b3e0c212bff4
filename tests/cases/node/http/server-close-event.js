// The server's 'listening' and 'close' events.
var http = require('http');
var server = http.createServer();
server.on('listening', function () { console.log('listening'); server.close(); });
server.on('close', function () { console.log('close'); });
server.listen(0, '127.0.0.1');
