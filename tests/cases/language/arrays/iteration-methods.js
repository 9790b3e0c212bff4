// forEach, map, filter, some, every with index arguments, thisArg and early exit.
var a = [3, 1, 4, 1, 5, 9, 2, 6];
var doubled = a.map(function (v) { return v * 2; });
var bigOnes = a.filter(function (v) { return v > 3; });
console.log(doubled.join(","), bigOnes.join(","));
var checked = [];
var found = a.some(function (v) { checked.push(v); return v === 4; });
console.log(found, checked.join(","));
checked = [];
var all = a.every(function (v) { checked.push(v); return v < 5; });
console.log(all, checked.join(","));
console.log([].some(function () { return true; }), [].every(function () { return false; }));
var indices = a.map(function (v, i) { return i; }).join("");
console.log(indices);
var ctx = { factor: 10 };
console.log([1, 2].map(function (v) { return v * this.factor; }, ctx).join(","));
try { [1].map(null); } catch (e) { console.log(e.name); }
