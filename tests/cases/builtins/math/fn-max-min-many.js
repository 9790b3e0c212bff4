// Math.max/min on long argument lists, spreading arrays and mixed types.
var arr = [];
for (var i = 0; i < 1000; i++) arr.push((i * 7919) % 1000 - 500);
console.log(Math.max.apply(null, arr), Math.min.apply(null, arr), Math.max(...arr), Math.min(...[3, "2", [1]]));
console.log(Math.max(-0, 0, -0), 1 / Math.min(0, -0, 0), Math.max(NaN, Infinity), Math.min(-Infinity, NaN));
console.log(Math.max("", " ", "\n"), Math.min(false, true), Math.max([], [[]]), Math.min(new Date(5), 10));
