var domain = require('domain');
var EE = require('events');
var d = domain.create();
var e;
d.run(function () { e = new EE(); });
e.on('x', function () { console.log('listener in domain', process.domain === d); });
e.emit('x');
console.log('after emit', process.domain);
