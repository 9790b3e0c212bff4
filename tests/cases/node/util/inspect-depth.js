// depth: 2 by default, [Object] and [Array] beyond it, null for unlimited.
var util = require('util');
var deep = { a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: Infinity }));
