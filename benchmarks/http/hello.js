// The manual's hello-world server (https://nodejs.org/docs/v0.8.16/api/synopsis.html), on PORT.
var http = require('http');
http.createServer(function (req, res) {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
}).listen(+process.env.PORT || 8124, '127.0.0.1');
console.log('Server running at http://127.0.0.1:' + (+process.env.PORT || 8124) + '/');
