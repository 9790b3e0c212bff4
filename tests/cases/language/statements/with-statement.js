// with puts an object's properties in scope for reads, writes and calls.
var o = { a: 1, b: 2, f: function () { return this === o; } };
var a = "outer a", c = "outer c";
with (o) {
  console.log(a, b, c);
  a = 10;
  c = "assigned c";
  console.log(f());
  var d = "declared in with";
}
console.log(o.a, a, c, typeof o.c, o.d, d);
with (o) { var a = "var a inside with"; }
console.log(o.a, a);
with ({}) { var e = 5; }
console.log(e);
with ("abc") { console.log(length, charAt(1)); }
var arr = [1, 2, 3];
with (arr) { console.log(join("-"), length); push(4); }
console.log(arr.length);
