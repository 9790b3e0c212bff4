// sorted: true sorts keys; a comparator function sorts with it.
var util = require('util');
var o = { c: 1, a: 2, b: { z: 1, y: 2 } };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(o));
