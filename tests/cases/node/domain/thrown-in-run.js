var domain = require('domain');
var d = domain.create();
d.on('error', function (e) { console.log('caught', e.message, e.domainThrown); });
d.run(function () { throw new Error('sync throw'); });
console.log('not reached');
