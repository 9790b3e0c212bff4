// Math.asinh (inverse hyperbolic sine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 10];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.asinh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.asinh()), show(Math.asinh("2")), show(Math.asinh(null)), show(Math.asinh([])), show(Math.asinh({})));
console.log(Math.asinh.length, Math.asinh.name, Object.getOwnPropertyDescriptor(Math, "asinh").enumerable);
