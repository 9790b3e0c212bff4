// map keeps holes, passes three arguments and builds a new array of the same length.
var a = [1, , 3];
var m = a.map(function (v, i) { return v * 10 + i; });
console.log(m.length, 1 in m, m.join(","));
console.log(["1", "2", "3"].map(Number).join(","), ["1", "2", "3"].map(parseInt).join(","));
var ctx = { k: 2 };
console.log([1, 2].map(function (v) { return v * this.k; }, ctx).join(","));
console.log(Array.prototype.map.call("abc", function (c) { return c + c; }).join(""));
var like = { length: 2, 0: 5, 1: 6 };
var r = Array.prototype.map.call(like, function (x) { return x + 1; });
console.log(Array.isArray(r), r.join(","));
try { [1].map({}); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.map.length);
