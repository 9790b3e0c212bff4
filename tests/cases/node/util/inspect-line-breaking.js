// Objects go on one line up to breakLength (80), else one property per line.
var util = require('util');
var o = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' };
console.log(util.inspect(o));
o.epsilon = 'eeeeeeeeee';
console.log(util.inspect(o));
console.log(util.inspect(o, { breakLength: Infinity }));
console.log(util.inspect({ a: 1, b: 2 }, { breakLength: 5 }));
console.log(util.inspect({ a: { b: { c: {} } } }, { compact: false }));
console.log(util.inspect({ a: [1, 2], b: 'x' }, { compact: true }));
console.log(util.inspect({ a: { b: { c: 1 } } }, { compact: 1 }));
