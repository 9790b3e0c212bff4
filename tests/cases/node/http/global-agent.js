// http.globalAgent is an Agent; new Agent options.
var http = require('http');
console.log(http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, http.globalAgent.maxSockets);
var a = new http.Agent({ maxSockets: 5, keepAlive: true });
console.log(a.maxSockets, a.keepAlive, a.getName({ host: 'h', port: 80 }));
