// push returns the new length and works on any object with a length.
var a = [];
console.log(a.push(), a.push(1, 2), a.push("x"), a.join(","));
var o = { length: 2 };
console.log(Array.prototype.push.call(o, "a", "b"), o.length, o[2], o[3]);
var n = {};
Array.prototype.push.call(n, 1);
console.log(n.length, n[0]);
var s = { length: "1.7" };
Array.prototype.push.call(s, "z");
console.log(s.length, s[1]);
var big = { length: 9007199254740991 };
try { Array.prototype.push.call(big, 1); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.push.length, Array.prototype.push.name);
