// Building repeated and padded strings with ES5 idioms.
function repeat(s, n) { return new Array(n + 1).join(s); }
function padLeft(s, width, ch) {
  s = String(s);
  while (s.length < width) s = ch + s;
  return s;
}
console.log(repeat("ab", 3), JSON.stringify(repeat("x", 0)), repeat("-", 10));
console.log(padLeft(7, 3, "0"), padLeft("abc", 2, " "), padLeft(-5, 4, "."));
var rows = [["id", "name"], [1, "ann"], [22, "bo"]];
for (var i = 0; i < rows.length; i++) {
  console.log("|" + padLeft(rows[i][0], 4, " ") + "|" + padLeft(rows[i][1], 6, " ") + "|");
}
console.log(Array(4).join("na") + " batman");
