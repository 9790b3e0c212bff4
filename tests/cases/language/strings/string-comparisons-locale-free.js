// Equality and ordering of strings built from escapes, case changes and slices.
console.log("abc" === "\x61\x62\x63", "ABC".toLowerCase() === "abc", "abcdef".slice(0, 3) === "abc");
console.log("a" < "ab", "ab" < "b", "B" < "a", "a".toUpperCase() < "a");
var words = ["banana", "Apple", "cherry", "apple", "Banana"];
var caseInsensitive = words.slice().sort(function (x, y) {
  var a = x.toLowerCase(), b = y.toLowerCase();
  return a < b ? -1 : a > b ? 1 : (x < y ? -1 : x > y ? 1 : 0);
});
console.log(caseInsensitive.join(" "));
console.log(["10", "9", "100"].sort().join(" "), ["10", "9", "100"].sort(function (a, b) { return a - b; }).join(" "));
