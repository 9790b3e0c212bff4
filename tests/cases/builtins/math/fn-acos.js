// Math.acos (arc cosine) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [0.5, -0.5, 1.0000000000000002, -1];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.acos(v))); });
console.log(lines.join("\n"));
console.log(show(Math.acos()), show(Math.acos("2")), show(Math.acos(null)), show(Math.acos([])), show(Math.acos({})));
console.log(Math.acos.length, Math.acos.name, Object.getOwnPropertyDescriptor(Math, "acos").enumerable);
