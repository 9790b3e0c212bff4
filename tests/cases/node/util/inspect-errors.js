// Errors print their stack; own extra properties follow in braces.
var util = require('util');
var e = new Error('boom');
e.stack = 'Error: boom\n    at somewhere (file.js:1:1)';
console.log(util.inspect(e));
e.code = 'X';
console.log(util.inspect(e));
var t = new TypeError('bad');
t.stack = 'TypeError: bad';
console.log(util.inspect(t));
var noStack = new RangeError('r');
noStack.stack = '';
console.log(util.inspect(noStack));
var nested = new Error('outer');
nested.stack = 'Error: outer\n    at x (y.js:1:1)';
console.log(util.inspect({ err: nested }));
