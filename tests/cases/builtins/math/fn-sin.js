// Math.sin (sine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, -1, 3];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.sin(v))); });
console.log(lines.join("\n"));
console.log(show(Math.sin()), show(Math.sin("2")), show(Math.sin(null)), show(Math.sin([])), show(Math.sin({})));
console.log(Math.sin.length, Math.sin.name, Object.getOwnPropertyDescriptor(Math, "sin").enumerable);
