// slice with negative and out-of-range indices, and copies of array-likes.
var a = ["a", "b", "c", "d", "e"];
var cases = [[0], [2], [-1], [-2, -1], [1, -1], [-10, 2], [3, 1], [5], [0, 10], [NaN, 2]];
for (var i = 0; i < cases.length; i++) {
  console.log(JSON.stringify(cases[i]), JSON.stringify(a.slice.apply(a, cases[i])));
}
console.log(Array.prototype.slice.call("text", -2).join(""));
var copy = a.slice();
copy[0] = "changed";
console.log(a[0], copy[0], copy.length === a.length);
