// Every relational and equality comparison with NaN is false except != and !==.
var others = [NaN, 0, -1, Infinity, "NaN", "x", null, undefined];
for (var i = 0; i < others.length; i++) {
  var v = others[i];
  console.log(String(v), NaN < v, NaN > v, NaN <= v, NaN >= v, NaN == v, NaN != v, NaN === v, NaN !== v);
}
var n = NaN;
console.log("self:", n == n, n === n, n < n, n >= n);
console.log("via objects:", { valueOf: function () { return NaN; } } < 1, [NaN] == "NaN");
console.log("sort key:", [3, NaN, 1].indexOf(NaN), [NaN].join());
