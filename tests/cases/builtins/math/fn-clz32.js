// Math.clz32 (leading zero bits of ToUint32) on the special values (signed zeros, NaN, infinities, subnormals) and a few ordinary ones.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
var special = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1, -1, Number.MAX_VALUE, -Number.MAX_VALUE];
var ordinary = [1, 255, 65536, -1, 4294967296, 0.9];
var lines = [];
special.concat(ordinary).forEach(function (v) { lines.push(show(v) + " -> " + show(Math.clz32(v))); });
console.log(lines.join("\n"));
console.log(show(Math.clz32()), show(Math.clz32("2")), show(Math.clz32(null)), show(Math.clz32([])), show(Math.clz32({})));
console.log(Math.clz32.length, Math.clz32.name, Object.getOwnPropertyDescriptor(Math, "clz32").enumerable);
