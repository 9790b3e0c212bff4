// Math.cosh (hyperbolic cosine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 710, 711];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.cosh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.cosh()), show(Math.cosh("2")), show(Math.cosh(null)), show(Math.cosh([])), show(Math.cosh({})));
console.log(Math.cosh.length, Math.cosh.name, Object.getOwnPropertyDescriptor(Math, "cosh").enumerable);
