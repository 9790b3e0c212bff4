// findLast and findLastIndex search from the end.
var a = [1, 2, 3, 4, 5];
console.log(a.findLast(function (v) { return v % 2 === 0; }), a.findLastIndex(function (v) { return v % 2 === 0; }));
console.log(a.findLast(function (v) { return v > 9; }), a.findLastIndex(function (v) { return v > 9; }));
var order = [];
["a", , "c"].findLast(function (v, i) { order.push(i); return false; });
console.log(order.join(","));
console.log(Array.prototype.findLastIndex.call({ length: 3, 0: "x", 2: "x" }, function (v) { return v === "x"; }));
console.log(Array.prototype.findLast.length, Array.prototype.findLastIndex.length);
try { [].findLast(1); } catch (e) { console.log(e.name, e.message); }
