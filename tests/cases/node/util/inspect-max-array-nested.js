// maxArrayLength applies at every level; remaining items are counted.
var util = require('util');
var arr = [[1, 2, 3, 4, 5], 'x', 'y', 'z'];
console.log(util.inspect(arr, { maxArrayLength: 2 }));
console.log(util.inspect({ a: [1, 2, 3] }, { maxArrayLength: 1 }));
console.log(util.inspect(new Array(200).fill ? 'has fill' : 'no fill'));
