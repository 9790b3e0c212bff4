// Math.max and Math.min: no arguments, NaN, -0 versus 0 and coercion order.
console.log(Math.max(), Math.min(), Math.max(1, 2, 3), Math.min(1, 2, 3));
console.log(Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max("10", 9), Math.min("a", 1));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, -0), -0));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max([1], [2]), Math.max([1, 2]));
var order = [];
function tracked(name, v) { return { valueOf: function () { order.push(name); return v; } }; }
console.log(Math.max(tracked("a", 1), tracked("b", NaN), tracked("c", 3)));
console.log(order.join(""));
console.log(Math.max.apply(null, [4, 8, 2]), Math.min.apply(Math, []), Math.max.length, Math.min.length);
console.log(Math.max(null, -1), Math.min(undefined, 1), Math.max(true, 0.5));
