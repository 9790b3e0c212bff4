// Function declarations in sloppy eval replace same-named functions in the caller.
function host() {
  function helper() { return "original"; }
  var before = helper();
  eval("function helper() { return 'replaced by eval'; }");
  return before + " / " + helper();
}
console.log(host());
function hoistedInEval() {
  return eval("early(); function early() { return 'hoisted inside eval code'; }");
}
console.log(hoistedInEval());
function multiple() {
  eval("function a() { return 1; } function b() { return a() + 1; }");
  return a() + b();
}
console.log(multiple(), typeof a);
