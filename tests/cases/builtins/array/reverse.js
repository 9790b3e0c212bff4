// reverse works in place, preserves holes, and is generic.
var a = [1, 2, 3, 4];
console.log(a.reverse() === a, a.join(","));
var h = [1, , 3, , ];
h.reverse();
console.log(h.length, 0 in h, 1 in h, 2 in h, 3 in h, h.join(","));
var o = { length: 3, 0: "a", 2: "c" };
Array.prototype.reverse.call(o);
console.log(o[0], 1 in o, o[2]);
var p = { length: 2, 0: "x" };
Array.prototype.reverse.call(p);
console.log(0 in p, p[1]);
console.log([].reverse().length, [5].reverse()[0], Array.prototype.reverse.length);
