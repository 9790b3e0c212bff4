// Functions from the Function constructor close only over the global scope.
var g = (function () { return this; })();
g.globalValue = "global";
var moduleValue = "module";
function factory() {
  var local = "local";
  return {
    viaFunction: new Function("return [typeof local, typeof moduleValue, typeof globalValue].join(' ')"),
    viaEval: eval("(function () { return [typeof local, typeof moduleValue, typeof globalValue].join(' '); })")
  };
}
var fns = factory();
console.log(fns.viaFunction());
console.log(fns.viaEval());
var withArgs = new Function("a", "b = 2", "return a + b");
console.log(withArgs(1), withArgs(1, 5));
var makeAdder = new Function("n", "return function (x) { return x + n; };");
console.log(makeAdder(10)(5));
delete g.globalValue;
