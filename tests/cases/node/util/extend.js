// util._extend copies own enumerable properties.
var util = require('util');
var target = { a: 1 };
console.log(util._extend(target, { b: 2, c: 3 }) === target, JSON.stringify(target));
console.log(JSON.stringify(util._extend({ a: 1 }, null)), JSON.stringify(util._extend({}, 'str')));
