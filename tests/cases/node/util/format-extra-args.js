// Arguments beyond the placeholders are appended: strings as is, others inspected.
var util = require('util');
console.log(util.format('%s', 'a', 'b', 3, { c: 4 }, [5], null, undefined));
console.log(util.format({ a: 1 }, 'str', 2));
console.log(util.format(1, '%s', 2));
console.log(util.format('x', Symbol('s'), function f() {}));
