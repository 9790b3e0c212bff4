// Math.log10 (base-10 logarithm) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [10, 100, 0.001, 1e22, 1e-300];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.log10(v))); });
console.log(lines.join("\n"));
console.log(show(Math.log10()), show(Math.log10("2")), show(Math.log10(null)), show(Math.log10([])), show(Math.log10({})));
console.log(Math.log10.length, Math.log10.name, Object.getOwnPropertyDescriptor(Math, "log10").enumerable);
