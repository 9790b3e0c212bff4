// Recursion over nested data: trees, permutations and deep equality.
var tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function sumTree(t) {
  var s = t.v;
  for (var i = 0; i < t.kids.length; i++) s += sumTree(t.kids[i]);
  return s;
}
function depth(t) {
  var d = 0;
  for (var i = 0; i < t.kids.length; i++) d = Math.max(d, depth(t.kids[i]));
  return d + 1;
}
console.log(sumTree(tree), depth(tree));
function perms(s) {
  if (s.length <= 1) return [s];
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var rest = perms(s.slice(0, i) + s.slice(i + 1));
    for (var j = 0; j < rest.length; j++) out.push(s[i] + rest[j]);
  }
  return out;
}
console.log(perms("abc").join(" "));
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || !a || !b) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) if (!deepEqual(a[ka[i]], b[ka[i]])) return false;
  return true;
}
console.log(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), deepEqual({ a: 1 }, { a: "1" }));
