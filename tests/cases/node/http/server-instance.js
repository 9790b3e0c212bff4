// http.Server is a net.Server; new http.Server works.
var http = require('http');
var net = require('net');
var s = new http.Server(function () {});
console.log(s instanceof net.Server, s instanceof http.Server, s.listenerCount('request'), typeof s.listen);
var s2 = http.createServer();
console.log(s2 instanceof http.Server, s2.timeout, s2.keepAliveTimeout);
