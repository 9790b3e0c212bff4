// Math.log2 (base-2 logarithm) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [2, 1024, 0.125, 3, 1e-300];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.log2(v))); });
console.log(lines.join("\n"));
console.log(show(Math.log2()), show(Math.log2("2")), show(Math.log2(null)), show(Math.log2([])), show(Math.log2({})));
console.log(Math.log2.length, Math.log2.name, Object.getOwnPropertyDescriptor(Math, "log2").enumerable);
