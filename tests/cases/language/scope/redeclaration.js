// Repeated var declarations are harmless; the last assignment wins.
var a = 1;
var a;
console.log(a);
var a = 2;
console.log(a);
function f() {
  var x = "first";
  for (var x = 0; x < 2; x++) {}
  var x;
  return x;
}
console.log(f());
function g(p) {
  var p;
  var p = p + "!";
  return p;
}
console.log(g("param"));
try { throw "e"; } catch (err) { var err = "assigned to catch param"; console.log(err); }
console.log(typeof err, err);
