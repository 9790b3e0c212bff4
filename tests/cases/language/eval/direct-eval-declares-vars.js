// Sloppy direct eval declares var and function bindings in the caller's scope.
function f() {
  eval("var created = 'by eval'; function evalFn() { return 'evalFn'; }");
  return [created, evalFn()].join(" ");
}
console.log(f());
console.log(typeof created, typeof evalFn);
function deletable() {
  eval("var tmp = 1");
  var before = typeof tmp;
  var deleted = delete tmp;
  return [before, deleted, typeof tmp].join(" ");
}
console.log(deletable());
function overwrite() {
  var v = "original";
  eval("var v = 'redeclared'");
  return v;
}
console.log(overwrite());
function loop() {
  var out = [];
  for (var i = 0; i < 3; i++) eval("var item" + i + " = " + i * i);
  out.push(item0, item1, item2);
  return out.join(",");
}
console.log(loop());
