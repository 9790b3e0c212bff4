// Default sort and comparisons order strings by code unit.
var list = ["b", "B", "a", "A", "10", "9", "_", "\u00e9", "e", "Z", ""];
console.log(JSON.stringify(list.slice().sort()));
console.log("a" < "a ", "a " < "a\u00a0", "aa" > "a");
var byLength = ["ccc", "a", "bb", "dddd", "ee"];
byLength.sort(function (x, y) { return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0); });
console.log(byLength.join(","));
console.log(["10", "9", "1"].sort().join(), [10, 9, 1].sort().join());
console.log("abc" === "abc", "abc" == new String("abc"), "abc" < "abc");
console.log(["b", "a", "c"].sort().reverse().join(""), "\u00e9" > "f", "Z" < "z");
