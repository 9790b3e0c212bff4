// Math.sqrt (square root) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [4, 2, -1, 0.25, 1e-300];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.sqrt(v))); });
console.log(lines.join("\n"));
console.log(show(Math.sqrt()), show(Math.sqrt("2")), show(Math.sqrt(null)), show(Math.sqrt([])), show(Math.sqrt({})));
console.log(Math.sqrt.length, Math.sqrt.name, Object.getOwnPropertyDescriptor(Math, "sqrt").enumerable);
