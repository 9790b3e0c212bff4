// Inside a function, declarations hoist to its top and shadow outer names from the start.
var x = "global";
function readsBeforeDecl() {
  var before = x;
  var x = "local";
  return before + " then " + x;
}
console.log(readsBeforeDecl());
function innerFnShadow() {
  var t = typeof helper;
  function helper() {}
  return t;
}
console.log(innerFnShadow());
function paramAndFn(a) {
  function a() {}
  return typeof a;
}
console.log(paramAndFn(1));
function paramAndVar(a) {
  var a;
  return a;
}
console.log(paramAndVar("kept"));
function varThenFn() {
  var v = 1;
  function v() {}
  return typeof v;
}
console.log(varThenFn());
