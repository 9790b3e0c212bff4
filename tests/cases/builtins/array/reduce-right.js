// reduceRight walks from the end, skipping holes.
var calls = [];
var r = ["a", "b", "c"].reduceRight(function (acc, v, i) { calls.push(i); return acc + v; });
console.log(r, calls.join(","));
console.log([1, 2, 3].reduceRight(function (a, v) { return a + v; }, ""));
console.log([[1], [2, 3]].reduceRight(function (a, b) { return a.concat(b); }, []).join(","));
console.log([, 1, , 2, ].reduceRight(function (a, b) { return a + "," + b; }));
try { [].reduceRight(function () {}); } catch (e) { console.log(e.name, e.message); }
console.log(Array.prototype.reduceRight.call({ length: 2, 0: "x", 1: "y" }, function (a, b) { return a + b; }));
console.log(Array.prototype.reduceRight.length);
