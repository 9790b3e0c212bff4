// util.isDeepStrictEqual.
var util = require('util');
var eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq({ a: 1 }, { a: '1' }));
console.log(eq(NaN, NaN), eq(0, -0), eq([1, , 3], [1, undefined, 3]));
console.log(eq(new Date(5), new Date(5)), eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq(Object.create(null), {}), eq([1, 2], { 0: 1, 1: 2, length: 2 }));
var s = Symbol('s');
var x = {}; x[s] = 1;
var y = {}; y[s] = 1;
console.log(eq(x, y), eq(x, {}));
var c1 = { a: 1 }; c1.self = c1;
var c2 = { a: 1 }; c2.self = c2;
console.log(eq(c1, c2));
console.log(eq(new Number(1), new Number(1)), eq(new Number(1), new Number(2)), eq(new String('a'), 'a'));
console.log(eq(new Error('a'), new Error('a')), eq(new Error('a'), new TypeError('a')));
