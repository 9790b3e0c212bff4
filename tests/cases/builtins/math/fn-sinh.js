// Math.sinh (hyperbolic sine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 1e-20, 710, 711];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.sinh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.sinh()), show(Math.sinh("2")), show(Math.sinh(null)), show(Math.sinh([])), show(Math.sinh({})));
console.log(Math.sinh.length, Math.sinh.name, Object.getOwnPropertyDescriptor(Math, "sinh").enumerable);
