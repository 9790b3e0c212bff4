// sort with and without a comparator; the default compares as strings.
console.log([10, 9, 1, 100].sort().join(","));
console.log([10, 9, 1, 100].sort(function (a, b) { return a - b; }).join(","));
console.log([10, 9, 1, 100].sort(function (a, b) { return b - a; }).join(","));
var people = [{ n: "bo", a: 30 }, { n: "al", a: 25 }, { n: "cy", a: 30 }, { n: "di", a: 25 }];
people.sort(function (x, y) { return x.a - y.a; });
console.log(people.map(function (p) { return p.n; }).join(","));
console.log([3, undefined, 1, , 2].sort().join(","), [3, undefined, 1, , 2].sort().length);
console.log(["b", undefined, "a"].sort(function (x, y) { return x < y ? -1 : 1; }).join(","));
var arr = [5, 1, 4];
console.log(arr.sort() === arr);
console.log([true, false, true].sort().join(), ["B", "a", "C"].sort().join());
console.log([-1, -2, 3, -0, 0].sort().join(","));
