// Arrays: sparse holes, extra properties, more than 100 items, maxArrayLength.
var util = require('util');
var sparse = [1, , 3];
sparse[10] = 11;
console.log(util.inspect(sparse));
console.log(util.inspect(new Array(3)));
var withProps = [1, 2];
withProps.extra = 'yes';
console.log(util.inspect(withProps));
var big = [];
for (var i = 0; i < 101; i++) big.push(i);
console.log(util.inspect(big));
console.log(util.inspect(big, { maxArrayLength: 3 }));
console.log(util.inspect(big, { maxArrayLength: 0 }));
console.log(util.inspect([[]]), util.inspect([{}]));
