// fill writes a value over a range with clamped negative and fractional bounds.
console.log([1, 2, 3].fill(0).join(","), [1, 2, 3].fill(9, 1).join(","));
console.log([1, 2, 3, 4].fill("x", -2).join(","), [1, 2, 3, 4].fill("x", 1, -1).join(","));
console.log([1, 2, 3].fill(7, NaN, NaN).join(","), [1, 2, 3].fill(7, 1.5, 2.5).join(","));
console.log([1, 2, 3].fill(7, -Infinity, Infinity).join(","), [1, 2, 3].fill(7, 3).join(","));
var h = Array(3).fill();
console.log(h.length, 0 in h, h[0]);
var o = { length: 3 };
Array.prototype.fill.call(o, "q", 1);
console.log(0 in o, o[1], o[2]);
var obj = {};
var shared = Array(2).fill(obj);
console.log(shared[0] === shared[1], Array.prototype.fill.length);
