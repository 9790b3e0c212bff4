// Math.expm1 (e to the x minus 1) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1e-10, -1e-10, 1, -40];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.expm1(v))); });
console.log(lines.join("\n"));
console.log(show(Math.expm1()), show(Math.expm1("2")), show(Math.expm1(null)), show(Math.expm1([])), show(Math.expm1({})));
console.log(Math.expm1.length, Math.expm1.name, Object.getOwnPropertyDescriptor(Math, "expm1").enumerable);
