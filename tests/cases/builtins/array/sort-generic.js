// sort works on array-likes and keeps holes and undefined at the end.
var o = { length: 4, 0: "d", 1: "b", 3: "a" };
Array.prototype.sort.call(o);
console.log(o[0], o[1], 2 in o, 3 in o, o.length);
var u = { length: 3, 0: undefined, 1: "z", 2: "y" };
Array.prototype.sort.call(u);
console.log(u[0], u[1], u[2]);
var calls = 0;
var res = Array.prototype.sort.call({ length: 0 }, function () { calls++; return 0; });
console.log(calls, res.length);
console.log(Array.prototype.sort.length, Array.prototype.sort.name);
