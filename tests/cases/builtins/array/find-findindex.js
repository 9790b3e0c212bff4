// find and findIndex visit holes as undefined and stop at the first match.
var a = [5, 12, 8, 130, 44];
console.log(a.find(function (v) { return v > 10; }), a.findIndex(function (v) { return v > 10; }));
console.log(a.find(function (v) { return v > 1000; }), a.findIndex(function (v) { return v > 1000; }));
var visited = [];
[1, , 3].find(function (v, i) { visited.push(i + ":" + v); });
console.log(visited.join(" "));
var ctx = { limit: 100 };
console.log(a.findIndex(function (v) { return v > this.limit; }, ctx));
console.log(Array.prototype.find.call("hello", function (c) { return c > "h"; }));
try { a.find(); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.find.length, Array.prototype.findIndex.name);
