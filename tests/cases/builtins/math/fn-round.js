// Math.round (round half up) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [0.5, -0.5, 1.5, -1.5, 2.5, 0.49999999999999994, -0.5000000000000001];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.round(v))); });
console.log(lines.join("\n"));
console.log(show(Math.round()), show(Math.round("2")), show(Math.round(null)), show(Math.round([])), show(Math.round({})));
console.log(Math.round.length, Math.round.name, Object.getOwnPropertyDescriptor(Math, "round").enumerable);
