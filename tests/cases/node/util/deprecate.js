// util.deprecate warns once through process 'warning' and still calls the function.
var util = require('util');
process.on('warning', function (w) { console.log('warning:', w.name, w.code, w.message); });
var fn = util.deprecate(function (a, b) { return a + b; }, 'fn is deprecated', 'DEP_TEST');
console.log(fn(1, 2));
console.log(fn(3, 4));
var other = util.deprecate(function () { return 'other'; }, 'same code again', 'DEP_TEST');
console.log(other());
var nocode = util.deprecate(function () { return this && this.v; }, 'no code');
console.log(nocode.call({ v: 'ctx' }));
process.exitCode = 3; // warnings are printed to stderr too
