// Numbers: -0, NaN, Infinity, exponents, numericSeparator.
var util = require('util');
console.log(util.inspect(-0), util.inspect([-0, 0]), util.inspect(NaN), util.inspect(-Infinity));
console.log(util.inspect(1e21), util.inspect(1.5e-7), util.inspect(123456789));
console.log(util.inspect(123456789.123, { numericSeparator: true }));
console.log(util.inspect(-1234567, { numericSeparator: true }));
console.log(util.inspect(new Number(-0)), util.inspect(new Number(3)));
