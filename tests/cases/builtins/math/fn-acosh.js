// Math.acosh (inverse hyperbolic cosine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, 2, 0.999, 10];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.acosh(v))); });
console.log(lines.join("\n"));
console.log(show(Math.acosh()), show(Math.acosh("2")), show(Math.acosh(null)), show(Math.acosh([])), show(Math.acosh({})));
console.log(Math.acosh.length, Math.acosh.name, Object.getOwnPropertyDescriptor(Math, "acosh").enumerable);
