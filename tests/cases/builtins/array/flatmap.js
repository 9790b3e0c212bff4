// flatMap maps then flattens exactly one level.
console.log([1, 2, 3].flatMap(function (x) { return [x, x * 2]; }).join(","));
console.log([1, 2].flatMap(function (x) { return [[x]]; }).length);
console.log(["a b", "c"].flatMap(function (s) { return s.split(" "); }).join("|"));
console.log([1, 2, 3].flatMap(function (x) { return x % 2 ? [] : x; }).join(","));
var ctx = { m: 3 };
console.log([1].flatMap(function (x) { return [x * this.m]; }, ctx)[0]);
try { [1].flatMap(); } catch (e) { console.log(e.name, e.message); }
console.log([, 1].flatMap(function (x) { return [x]; }).length);
console.log(Array.prototype.flatMap.length);
