// toSorted and toReversed return new arrays and leave the original alone.
var a = [3, 1, 2];
var s = a.toSorted();
console.log(s.join(","), a.join(","), s !== a);
console.log(a.toSorted(function (x, y) { return y - x; }).join(","));
var r = a.toReversed();
console.log(r.join(","), a.join(","));
var h = [1, , 3].toReversed();
console.log(h.length, 1 in h, h[1]);
console.log([, 2, 1].toSorted().join(","), 2 in [, 2, 1].toSorted());
try { a.toSorted("x"); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.toSorted.length, Array.prototype.toReversed.length);
console.log(Array.prototype.toSorted.call({ length: 2, 0: "b", 1: "a" }).join(""));
