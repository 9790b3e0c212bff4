// Hoisting order inside a function: parameters, then functions, then vars that do not override.
function f(a, b) {
  var log = [typeof a, typeof b, typeof c, typeof d];
  var a = "var a";
  function b() {}
  var c;
  function d() {}
  var d = "var d";
  log.push(typeof a, typeof b, typeof d);
  return log.join(" ");
}
console.log(f(1, 2));
function g() {
  return typeof h;
  function h() {}
  var h = 1;
}
console.log(g());
function twice() {
  function dup() { return 1; }
  var result = dup();
  function dup() { return 2; }
  return result;
}
console.log(twice());
