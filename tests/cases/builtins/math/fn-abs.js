// Math.abs (absolute value) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [-7.25, 2147483648, -2147483648];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.abs(v))); });
console.log(lines.join("\n"));
console.log(show(Math.abs()), show(Math.abs("2")), show(Math.abs(null)), show(Math.abs([])), show(Math.abs({})));
console.log(Math.abs.length, Math.abs.name, Object.getOwnPropertyDescriptor(Math, "abs").enumerable);
