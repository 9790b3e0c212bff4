console.log(process.domain, 'domain' in process);
var domain = require('domain');
console.log(process.domain, domain.active, Object.keys(domain).sort().join(','));
var d = domain.create();
console.log(typeof d.enter, typeof d.exit, d.members, Object.keys(d).join(','));
console.log(d instanceof domain.Domain, d instanceof require('events'));
d.run(function (a) {
  console.log('in run', process.domain === d, domain.active === d, this === d, a, domain._stack.length);
}, 5);
console.log('after run', process.domain, domain._stack.length);
