// Functions created by eval close over the caller's scope.
function makeGetter() {
  var hidden = "captured";
  return eval("(function () { return hidden; })");
}
console.log(makeGetter()());
function makeCounter() {
  var n = 0;
  eval("function inc() { return ++n; }");
  return inc;
}
var c = makeCounter();
c(); c();
console.log(c());
function shadow() {
  var x = "outer";
  var read = eval("(function () { var x = 'inner'; return function () { return x; }; })()");
  return read() + " " + x;
}
console.log(shadow());
var fns = [];
for (var i = 0; i < 3; i++) fns.push(eval("(function () { return i; })"));
console.log(fns[0](), fns[2]());
