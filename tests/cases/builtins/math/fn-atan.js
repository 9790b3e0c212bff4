// Math.atan (arc tangent) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 1e300];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.atan(v))); });
console.log(lines.join("\n"));
console.log(show(Math.atan()), show(Math.atan("2")), show(Math.atan(null)), show(Math.atan([])), show(Math.atan({})));
console.log(Math.atan.length, Math.atan.name, Object.getOwnPropertyDescriptor(Math, "atan").enumerable);
