// sort is stable, puts undefined last and holes after that.
var items = [
  { k: 2, id: "a" }, { k: 1, id: "b" }, { k: 2, id: "c" }, { k: 1, id: "d" }, { k: 2, id: "e" }, { k: 0, id: "f" }
];
items.sort(function (x, y) { return x.k - y.k; });
console.log(items.map(function (i) { return i.k + i.id; }).join(" "));
var mixed = [10, "9", 1, "a", undefined, null, true];
mixed.sort();
console.log(mixed.map(String).join(","));
var withHoles = [3, , undefined, 1, , 2];
withHoles.sort(function (a, b) { return a - b; });
console.log(withHoles.length, withHoles.map(String).join(","), Object.keys(withHoles).join(","));
var chars = "sortable".split("");
console.log(chars.sort().join(""), chars.reverse().join(""));
