var domain = require('domain');
var d = domain.create();
console.log(d.bind(function (x) { return process.domain === d && x; })(7));
d.intercept(function (a, b) { console.log('intercepted', a, b, process.domain === d); })(null, 1, 2);
d.on('error', function (e) { console.log('error event:', e.message, e.domainBound !== undefined, e.domainThrown, e.domain === d); });
d.intercept(function () { console.log('not called'); })(new Error('cb error'));
