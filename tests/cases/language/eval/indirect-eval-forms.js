// Every call to eval that is not a plain eval(...) reference is indirect.
var x = "module x";
var g = (function () { return this; })();
g.x = "global x";
function test() {
  var x = "local x";
  var e = eval;
  var o = { eval: eval };
  return [
    eval("x"),
    (eval)("x"),
    (0, eval)("x"),
    e("x"),
    o.eval("x"),
    eval.call(null, "x"),
    [eval][0]("x")
  ].join(" | ");
}
console.log(test());
delete g.x;
