// reduce and reduceRight with and without an initial value.
var a = [1, 2, 3, 4];
console.log(a.reduce(function (s, v) { return s + v; }));
console.log(a.reduce(function (s, v) { return s + v; }, 10));
console.log(a.reduceRight(function (s, v) { return s + v; }, ""));
var trace = [];
a.reduce(function (prev, cur, i) { trace.push(prev + ">" + cur + "@" + i); return cur; });
console.log(trace.join(" "));
console.log([5].reduce(function () { return "never called"; }));
console.log([].reduce(function () {}, "init"));
try { [].reduce(function () {}); } catch (e) { console.log(e.name, e.message); }
var nested = [[1, 2], [3], [4, 5]];
console.log(nested.reduce(function (acc, x) { return acc.concat(x); }, []).join(","));
var counts = ["a", "b", "a"].reduce(function (m, k) { m[k] = (m[k] || 0) + 1; return m; }, {});
console.log(JSON.stringify(counts));
