var domain = require('domain');
var d = domain.create();
process.on('uncaughtException', function (e) { console.log('process caught', e.message, e.domain === d); });
d.run(function () { setTimeout(function () { throw new Error('nobody in domain'); }, 1); });
