// console.log and util.inspect agree, including for custom inspection.
var util = require('util');
var o = { a: [1, 2, { b: 3 }], s: 'str' };
o[util.inspect.custom] = undefined;
console.log(o);
console.log(util.inspect(o));
var custom = {};
custom[util.inspect.custom] = function () { return 'CUSTOM'; };
console.log(custom, [custom], 'x', custom);
console.log('%s and %O', custom, custom);
