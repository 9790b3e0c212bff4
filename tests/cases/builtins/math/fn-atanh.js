// Math.atanh (inverse hyperbolic tangent) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [0.5, -0.5, 1, -1, 1.5];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.atanh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.atanh()), show(Math.atanh("2")), show(Math.atanh(null)), show(Math.atanh([])), show(Math.atanh({})));
console.log(Math.atanh.length, Math.atanh.name, Object.getOwnPropertyDescriptor(Math, "atanh").enumerable);
