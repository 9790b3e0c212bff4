// every and some stop early, skip holes and return booleans.
var visits = [];
console.log([1, 2, 3, 4].every(function (v) { visits.push(v); return v < 3; }), visits.join(""));
visits = [];
console.log([1, 2, 3, 4].some(function (v) { visits.push(v); return v === 2; }), visits.join(""));
console.log([].every(function () { return false; }), [].some(function () { return true; }));
visits = [];
[1, , 3].every(function (v, i) { visits.push(i); return true; });
console.log(visits.join(","));
console.log([0, "", null].some(function (v) { return v; }), [1, "a"].every(Boolean));
console.log(Array.prototype.every.call("abc", function (c) { return c < "d"; }));
var t = {};
[1].some(function () { console.log(this === t); }, t);
try { [1].every(); } catch (e) { console.log(e.name, e.message); }
try { [1].some(null); } catch (e) { console.log(e.name, e.message); }
