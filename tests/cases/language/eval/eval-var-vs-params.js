// eval declaring a var with a parameter's name reuses the parameter binding.
function f(a) {
  eval("var a = 'from eval'");
  return a + " " + arguments[0];
}
console.log(f("param"));
function g(a) {
  eval("var a");
  return a;
}
console.log(g("unchanged"));
function h() {
  eval("var arguments2 = arguments.length");
  return arguments2;
}
console.log(h(1, 2, 3));
function k() {
  var fromEval = eval("var inner = 'x'; inner + inner");
  return fromEval + " " + inner;
}
console.log(k());
