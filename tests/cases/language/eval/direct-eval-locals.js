// Direct eval sees and modifies the local variables of its caller.
function f() {
  var x = 10;
  var y = eval("x * 2");
  eval("x = 42");
  return [x, y].join(",");
}
console.log(f());
function g(param) {
  return eval("param + '!'");
}
console.log(g("hello"));
function h() {
  var that = this;
  return eval("this === that");
}
console.log(h.call({}));
function args() { return eval("arguments.length"); }
console.log(args(1, 2, 3));
function closure() {
  var secret = "s";
  return function () { return eval("secret"); };
}
console.log(closure()());
