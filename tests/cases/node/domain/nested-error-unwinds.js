var domain = require('domain');
var ds = [domain.create(), domain.create(), domain.create(), domain.create()];
ds[3].on('error', function (e) { console.log('innermost caught', e.message, domain._stack.length); });
setTimeout(function () { console.log('stack after', domain._stack.length, process.domain == null); }, 5);
ds[0].run(function () { ds[1].run(function () { ds[2].run(function () { ds[3].run(function () { throw new Error('deep'); }); }); }); });
