// Math.fround (nearest float32) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [0.1, 1.5, 16777217, 3.4028235e38, 3.5e38, 1e-46];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.fround(v))); });
console.log(lines.join("\n"));
console.log(show(Math.fround()), show(Math.fround("2")), show(Math.fround(null)), show(Math.fround([])), show(Math.fround({})));
console.log(Math.fround.length, Math.fround.name, Object.getOwnPropertyDescriptor(Math, "fround").enumerable);
