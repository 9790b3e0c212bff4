// Boxed primitives: [Number: 3], [String: 'ab'], [Boolean: false], [Symbol: Symbol(x)].
var util = require('util');
console.log(util.inspect(new Number(3)), util.inspect(new String('ab')), util.inspect(new Boolean(false)));
console.log(util.inspect(Object(Symbol('x'))));
var s = new String('hi');
s.extra = 1;
console.log(util.inspect(s));
console.log(util.inspect([new Number(-0), new String('')]));
