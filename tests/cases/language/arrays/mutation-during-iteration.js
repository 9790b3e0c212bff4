// Callbacks see the length fixed at the start but the current element values.
var a = [1, 2, 3];
var seen = [];
a.forEach(function (v, i) {
  if (i === 0) { a.push(99); a[2] = 30; }
  seen.push(v);
});
console.log(seen.join(","), a.length);
var b = [1, 2, 3, 4];
seen = [];
b.forEach(function (v, i) {
  if (i === 1) b.pop();
  seen.push(v);
});
console.log(seen.join(","));
var c = [1, 2, 3, 4];
seen = [];
c.forEach(function (v) { seen.push(v); c.shift(); });
console.log(seen.join(","), c.join(","));
var d = [1, 2, 3];
var out = d.map(function (v, i) { d[i + 1] = 0; return v; });
console.log(out.join(","));
