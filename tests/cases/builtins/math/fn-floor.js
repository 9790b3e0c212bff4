// Math.floor (floor) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [-0.5, 0.5, 1.5, -1.5, -4503599627370495.5];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.floor(v))); });
console.log(lines.join("\n"));
console.log(show(Math.floor()), show(Math.floor("2")), show(Math.floor(null)), show(Math.floor([])), show(Math.floor({})));
console.log(Math.floor.length, Math.floor.name, Object.getOwnPropertyDescriptor(Math, "floor").enumerable);
