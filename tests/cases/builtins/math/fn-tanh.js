// Math.tanh (hyperbolic tangent) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 19, 20, 1e-20];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.tanh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.tanh()), show(Math.tanh("2")), show(Math.tanh(null)), show(Math.tanh([])), show(Math.tanh({})));
console.log(Math.tanh.length, Math.tanh.name, Object.getOwnPropertyDescriptor(Math, "tanh").enumerable);
