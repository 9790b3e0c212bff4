// Inner function declarations shadow outer functions of the same name.
function helper() { return "outer helper"; }
function user() {
  function helper() { return "inner helper"; }
  return helper();
}
console.log(user(), helper());
function counter() {
  var count = 0;
  function counter() { return ++count; }
  counter();
  return counter();
}
console.log(counter(), typeof counter);
function recurseByName(n) {
  var recurseByName = null;
  return typeof recurseByName;
}
console.log(recurseByName(3));
var expr = function fact(n) { return n > 1 ? n * fact(n - 1) : 1; };
function fact() { return "declaration"; }
console.log(expr(5), fact());
