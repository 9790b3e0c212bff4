// new Function compiles its body in the global scope, with named parameters.
var moduleVar = "module";
function outer() {
  var local = "local";
  var f = new Function("return typeof local + ' ' + typeof moduleVar");
  return f();
}
console.log(outer());
var add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.length, typeof add);
var add3 = Function("a, b", "c", "return a + b + c");
console.log(add3(1, 2, 3), add3.length);
var noArgs = Function("return 'no parameters'");
console.log(noArgs(), noArgs.length);
var sloppyThis = new Function("return typeof this");
console.log(sloppyThis(), new Function("'use strict'; return typeof this")());
var usesArgs = new Function("return arguments.length");
console.log(usesArgs(1, 2, 3, 4));
console.log(Function("return 1")() + Function()(), Function().length);
try { new Function("return +"); } catch (e) { console.log(e.name); }
var g = (function () { return this; })();
new Function("newFunctionGlobal = 'made'")();
console.log(g.newFunctionGlobal);
delete g.newFunctionGlobal;
