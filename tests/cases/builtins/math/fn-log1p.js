// Math.log1p (log of 1 + x) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [-1, -2, 1e-15, 1];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.log1p(v))); });
console.log(lines.join("\n"));
console.log(show(Math.log1p()), show(Math.log1p("1")), show(Math.log1p(null)), show(Math.log1p([])), show(Math.log1p({})));
console.log(Math.log1p.length, Math.log1p.name, Object.getOwnPropertyDescriptor(Math, "log1p").enumerable);
