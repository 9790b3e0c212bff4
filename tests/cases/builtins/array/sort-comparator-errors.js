// An exception in the comparator stops sort and propagates.
var a = [3, 2, 1];
try { a.sort(function () { throw new Error("cmp"); }); } catch (e) { console.log(e.message); }
console.log(a.length);
var calls = 0;
[1, 2, 3, 4, 5].sort(function (x, y) { calls++; return 0; });
console.log(calls > 0, calls < 20);
var inconsistent = [5, 1, 4, 2, 3].sort(function () { return -1; });
console.log(inconsistent.length, inconsistent.slice().sort().join(""));
