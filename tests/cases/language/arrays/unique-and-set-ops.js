// Removing duplicates and computing intersections with indexOf and objects.
function unique(a) { return a.filter(function (v, i) { return a.indexOf(v) === i; }); }
console.log(unique([3, 1, 3, 2, 1, 3]).join(","), unique(["a", "b", "a"]).join(","));
console.log(unique([NaN, NaN, 0, -0]).length);
function intersect(a, b) { return a.filter(function (v) { return b.indexOf(v) !== -1; }); }
function difference(a, b) { return a.filter(function (v) { return b.indexOf(v) === -1; }); }
console.log(intersect([1, 2, 3, 4], [2, 4, 6]).join(","), difference([1, 2, 3, 4], [2, 4, 6]).join(","));
function uniqueByKey(list) {
  var seen = {};
  return list.filter(function (x) { return seen.hasOwnProperty(x) ? false : (seen[x] = true); });
}
console.log(uniqueByKey([1, "1", 2, 2]).join("|"));
