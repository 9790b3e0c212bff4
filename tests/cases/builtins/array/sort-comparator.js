// sort with comparators: numeric, descending, by key, and with non-number results.
console.log([10, 9, 1, 100, 25].sort(function (a, b) { return a - b; }).join(","));
console.log([1, 2, 3].sort(function (a, b) { return b - a; }).join(","));
var people = [{ n: "c", a: 3 }, { n: "a", a: 1 }, { n: "b", a: 2 }];
people.sort(function (x, y) { return x.a - y.a; });
console.log(people.map(function (p) { return p.n; }).join(""));
console.log([3, 1, 2].sort(function (a, b) { return a > b; }).join(","));
console.log([3, 1, 2].sort(function (a, b) { return String(a - b); }).join(","));
var undefs = [3, undefined, 1];
var args = [];
undefs.sort(function (a, b) { args.push(a, b); return a - b; });
console.log(undefs.join(","), args.indexOf(undefined));
try { [1, 2].sort("x"); } catch (e) { console.log(e.name, e.message); }
try { [1, 2].sort(null); } catch (e) { console.log(e.name, e.message); }
