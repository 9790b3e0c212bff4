// %j: JSON.stringify, [Circular] for cycles, undefined for unserialisable values.
var util = require('util');
var o = { a: 1 };
o.self = o;
console.log(util.format('%j', o));
console.log(util.format('%j %j %j', 'str', 1, null));
console.log(util.format('%j', undefined), util.format('%j', function () {}));
console.log(util.format('%j', { toJSON: function () { return 'custom'; } }));
console.log(util.format('%j', [1, { b: [2] }]));
