// Math.log (natural logarithm) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [2, 0.5, 1e-300, 10];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.log(v))); });
console.log(lines.join("\n"));
console.log(show(Math.log()), show(Math.log("2")), show(Math.log(null)), show(Math.log([])), show(Math.log({})));
console.log(Math.log.length, Math.log.name, Object.getOwnPropertyDescriptor(Math, "log").enumerable);
