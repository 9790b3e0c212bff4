// Math.sign (sign) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [-7, 7, 1e-300, -1e-300];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.sign(v))); });
console.log(lines.join("\n"));
console.log(show(Math.sign()), show(Math.sign("2")), show(Math.sign(null)), show(Math.sign([])), show(Math.sign({})));
console.log(Math.sign.length, Math.sign.name, Object.getOwnPropertyDescriptor(Math, "sign").enumerable);
