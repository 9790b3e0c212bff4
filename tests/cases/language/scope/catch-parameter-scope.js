// The catch parameter is scoped to its block; closures created there capture it.
var fns = [];
for (var i = 0; i < 3; i++) {
  try { throw i * 10; } catch (caught) { fns.push(function () { return caught; }); }
}
console.log(fns[0](), fns[1](), fns[2]());
console.log(typeof caught);
var x = "outer x";
try { throw "inner x"; } catch (x) {
  console.log(x);
  (function () { console.log("closure sees", x); })();
}
console.log(x);
function f() {
  try { throw 1; } catch (e) { var e = 2; var other = 3; }
  return [typeof e, e, other].join(",");
}
console.log(f());
try { throw { a: 1 }; } catch (err) { err.a = 2; console.log(err.a); }
