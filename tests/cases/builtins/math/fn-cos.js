// Math.cos (cosine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 3];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.cos(v))); });
console.log(lines.join("\n"));
console.log(show(Math.cos()), show(Math.cos("2")), show(Math.cos(null)), show(Math.cos([])), show(Math.cos({})));
console.log(Math.cos.length, Math.cos.name, Object.getOwnPropertyDescriptor(Math, "cos").enumerable);
