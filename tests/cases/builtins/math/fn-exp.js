// Math.exp (e to the x) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 709.78, 709.79, -745.1, -745.2];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.exp(v))); });
console.log(lines.join("\n"));
console.log(show(Math.exp()), show(Math.exp("2")), show(Math.exp(null)), show(Math.exp([])), show(Math.exp({})));
console.log(Math.exp.length, Math.exp.name, Object.getOwnPropertyDescriptor(Math, "exp").enumerable);
