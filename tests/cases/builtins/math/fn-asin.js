// Math.asin (arc sine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [0.5, -0.5, 1.0000000000000002, -1];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.asin(v))); });
console.log(lines.join("\n"));
console.log(show(Math.asin()), show(Math.asin("2")), show(Math.asin(null)), show(Math.asin([])), show(Math.asin({})));
console.log(Math.asin.length, Math.asin.name, Object.getOwnPropertyDescriptor(Math, "asin").enumerable);
