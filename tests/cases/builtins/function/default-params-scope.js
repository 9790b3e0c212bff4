// Default parameters are evaluated at call time, left to right, in their own scope.
var calls = 0;
function next() { return ++calls; }
function f(a = next(), b = a * 10) { return a + "," + b; }
console.log(f(), f(), f(5), f(undefined, 1), f(null));
function g(a, b = arguments.length) { return b; }
console.log(g(1), g(1, undefined), g(1, 2, 3));
try { (function (a = b, b = 1) {})(); } catch (e) { console.log(e.name, e.message); }
var x = "outer";
function h(y = function () { return x; }) { var x = "inner"; return y(); }
console.log(h());
