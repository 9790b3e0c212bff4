// The v0.8 signature inspect(object, showHidden, depth, colors).
var util = require('util');
var o = { a: { b: { c: { d: 1 } } } };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(util.inspect(o, true));
console.log(util.inspect(o, false, 0));
console.log(util.inspect(o, false, null));
console.log(JSON.stringify(util.inspect([1, 'a'], false, 2, true)));
console.log(util.inspect(o, false, undefined, false));
