// Direct eval sees catch parameters and with-object properties in scope.
try {
  throw "caught value";
} catch (err) {
  console.log(eval("err"), eval("typeof err"));
  eval("err = 'modified'");
  console.log(err);
}
var obj = { p: "from with object" };
with (obj) {
  console.log(eval("p"));
  eval("p = 'changed through with'");
}
console.log(obj.p);
function f() {
  var o = { q: 1 };
  with (o) { eval("var q = 2"); }
  return [o.q, typeof q].join(" ");
}
console.log(f());
