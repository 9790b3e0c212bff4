// Math.cbrt (cube root) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 1e-320, -1e-320, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [8, -8, 0.125, 1e-300, 1000];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.cbrt(v))); });
console.log(lines.join("\n"));
console.log(show(Math.cbrt()), show(Math.cbrt("2")), show(Math.cbrt(null)), show(Math.cbrt([])), show(Math.cbrt({})));
console.log(Math.cbrt.length, Math.cbrt.name, Object.getOwnPropertyDescriptor(Math, "cbrt").enumerable);
