// Functions: names, anonymous, classes, properties on functions.
var util = require('util');
function f() {}
var anon = function () {};
console.log(util.inspect(f), util.inspect(anon), util.inspect(function () {}));
console.log(util.inspect(function named() {}), util.inspect(() => 1));
class A {}
class B extends A {}
console.log(util.inspect(A), util.inspect(B), util.inspect(class {}));
f.a = 1;
f.b = 'two';
console.log(util.inspect(f));
console.log(util.inspect({ method: function () {}, arrow: () => {} }));
console.log(util.inspect(Math.max), util.inspect(Object));
var g = function () {};
Object.defineProperty(g, 'name', { value: '' });
console.log(util.inspect(g));
