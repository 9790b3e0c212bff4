// In sloppy functions with simple parameters, arguments[i] and the i-th parameter alias each other.
function alias(a, b) {
  arguments[0] = "changed via arguments";
  b = "changed via param";
  return a + " / " + arguments[1];
}
console.log(alias(1, 2));
function notPassed(a, b) {
  b = "set";
  return arguments[1] + " " + arguments.length;
}
console.log(notPassed(1));
function extraSlot(a) {
  arguments[1] = "x";
  return arguments.length + " " + arguments[1];
}
console.log(extraSlot(1));
function deleted(a) {
  delete arguments[0];
  a = "after delete";
  return arguments[0];
}
console.log(deleted("orig"));
function dupNames(x, x) { return x + " " + arguments[0]; }
console.log(dupNames(1, 2));
