// The default sort compares strings, puts undefined last and holes after that.
console.log([10, 9, 1, 100, 25].sort().join(","));
console.log(["b", "a", "C", "B"].sort().join(","));
var a = [3, undefined, 1, , 2];
a.sort();
console.log(a.length, a[3], 3 in a, 4 in a, a.slice(0, 3).join(","));
console.log([true, false, null, "null"].sort().join(","));
console.log([-1, -2, 0, 1].sort().join(","), [0.5, -0.5, 1e21, 2].sort().join(","));
console.log(["\u00e9", "e", "z", "\uD83D\uDE00", "\uFFFF"].sort().map(function (s) { return s.charCodeAt(0); }).join(","));
var r = [2, 1];
console.log(r.sort() === r, [].sort().length);
