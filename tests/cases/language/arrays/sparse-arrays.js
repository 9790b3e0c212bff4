// Sparse arrays: holes versus undefined values, and how methods treat holes.
var a = [];
a[2] = "c";
a[5] = "f";
console.log(a.length, Object.keys(a).join(","));
var visited = [];
a.forEach(function (v, i) { visited.push(i); });
console.log(visited.join(","));
console.log(a.map(function (v) { return v + "!"; }).length, JSON.stringify(a));
console.log(a.join("|"), a.indexOf(undefined));
var b = [undefined, undefined];
var bVisited = 0;
b.forEach(function () { bVisited++; });
console.log(bVisited, b.indexOf(undefined));
var c = [3, , 1];
c.sort();
console.log(c.length, c.join(","), 2 in c);
console.log([, "x"].concat([, "y"]).length, 2 in [, "x"].concat([, "y"]));
