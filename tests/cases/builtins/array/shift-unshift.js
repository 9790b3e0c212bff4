// shift and unshift move elements down and up, keeping holes as holes.
var a = [1, 2, 3];
console.log(a.shift(), a.join(","), a.length);
console.log(a.unshift(0, 1), a.join(","));
console.log(a.unshift(), a.length);
var h = [, 1, , 2];
h.shift();
console.log(h.length, 0 in h, 1 in h, h.join(","));
h.unshift("x");
console.log(h.length, 1 in h, 2 in h);
var o = { 0: "a", 1: "b", length: 2 };
console.log(Array.prototype.shift.call(o), o[0], o.length, 1 in o);
console.log(Array.prototype.unshift.call(o, "z"), o[0], o[1], o.length);
console.log([].shift(), [].unshift(), Array.prototype.unshift.length);
