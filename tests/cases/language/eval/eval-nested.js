// eval inside eval keeps the same scope chain for direct calls.
function f() {
  var level = "function";
  return eval("eval('level + \" via nested eval\"')");
}
console.log(f());
function g() {
  eval("eval('var deep = \"declared two evals down\"')");
  return deep;
}
console.log(g());
var x = "module";
function h() {
  var x = "local";
  return eval("(0, eval)('typeof x')") + " " + eval("eval('x')");
}
console.log(h());
