// %d, %i and %f conversions.
var util = require('util');
console.log(util.format('%d %d %d %d', '42', '42abc', 1.5, -0));
console.log(util.format('%d %d %d', null, undefined, {}));
console.log(util.format('%i %i %i %i', 42.9, '-7.5', '0x1f', 'abc'));
console.log(util.format('%f %f %f %f', '1.5x', '1e3', 'abc', -0));
console.log(util.format('%d', ''), util.format('%i', ''), util.format('%f', ''));
console.log(util.format('%d', Symbol('x')), util.format('%i', Symbol('x')), util.format('%f', Symbol('x')));
