// Symbol values and symbol keys.
var util = require('util');
var o = { a: 1 };
o[Symbol('a')] = 1;
o[Symbol()] = 'anon';
o[Symbol.iterator] = 2;
console.log(util.inspect(o));
console.log(util.inspect(Symbol('desc')), util.inspect(Symbol()), util.inspect([Symbol('x')]));
var hidden = {};
Object.defineProperty(hidden, Symbol('h'), { value: 1, enumerable: false });
console.log(util.inspect(hidden), util.inspect(hidden, { showHidden: true }));
