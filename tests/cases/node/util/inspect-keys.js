// Keys that are not identifiers are quoted.
var util = require('util');
console.log(util.inspect({ 'a-b': 1, 'c d': 2, 3: 4, _x: 5, $y: 6, '': 7, "it's": 8 }));
console.log(util.inspect({ __proto__: null, constructor: 1 }));
var o = {};
o['__proto__'] = 1;
console.log(util.inspect(o));
