// var declarations are hoisted to the top of the function with the value undefined.
console.log(typeof topLevel, topLevel);
var topLevel = "assigned";
console.log(topLevel);
function f() {
  console.log(inner);
  var inner = 1;
  console.log(inner);
  if (false) { var neverRuns = 2; }
  console.log(neverRuns);
  for (var i = 0; i < 2; i++) {}
  console.log(i);
  return typeof undeclared;
}
console.log(f());
function g() {
  x = "assigned before declaration";
  var x;
  return x;
}
console.log(g(), typeof x);
