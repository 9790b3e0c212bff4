// Math.trunc (integer part) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [-0.5, 0.5, 1.9, -1.9, 1e21];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.trunc(v))); });
console.log(lines.join("\n"));
console.log(show(Math.trunc()), show(Math.trunc("2")), show(Math.trunc(null)), show(Math.trunc([])), show(Math.trunc({})));
console.log(Math.trunc.length, Math.trunc.name, Object.getOwnPropertyDescriptor(Math, "trunc").enumerable);
