// Integer-like keys come first in ascending order, then strings in insertion order.
var util = require('util');
var o = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead' };
console.log(util.inspect(o));
console.log(Object.keys(o).join(','));
