// %s: strings as is, numbers with -0, objects inspected at depth 0 unless they have their own toString.
var util = require('util');
console.log(util.format('%s|%s|%s|%s', 1.5, -0, NaN, Infinity));
console.log(util.format('%s|%s|%s', null, undefined, true));
console.log(util.format('%s', { a: { b: { c: 1 } } }));
console.log(util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', function foo() { return 1; }));
console.log(util.format('%s', Symbol('sym')));
function T() {}
T.prototype.toString = function () { return 'custom T'; };
console.log(util.format('%s', new T()));
console.log(util.format('%s', { toString: function () { return 'own'; } }));
console.log(util.format('%s', new Date(0)));
console.log(util.format('%s', new Error('e1')).split('\n')[0]);
