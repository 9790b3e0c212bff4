// length counts declared parameters for every kind of function.
console.log((function () {}).length, (function (a) {}).length, (function (a, b, c, d, e) {}).length);
console.log(Function("a", "b", "").length, Function("").length);
console.log([].slice.length, "".substring.length, Math.pow.length, parseInt.length, JSON.stringify.length);
console.log(Array.length, Object.length, String.length, Function.length, Error.length);
function usesArguments() { return arguments.length; }
console.log(usesArguments.length, usesArguments(1, 2, 3));
var d = Object.getOwnPropertyDescriptor(function (x) {}, "length");
console.log(d.value, d.writable, d.enumerable, d.configurable);
var bound = function (a, b, c) {}.bind(null, 1);
console.log(bound.length, bound.bind(null, 2, 3, 4).length);
