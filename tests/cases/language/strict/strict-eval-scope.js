// Strict eval gets its own variable environment; declarations do not leak out.
"use strict";
var before = typeof evalDeclared;
eval("var evalDeclared = 1; function evalFn() {}");
console.log(before, typeof evalDeclared, typeof evalFn);
var x = "outer";
console.log(eval("x"), eval("var x = 'inner'; x"), x);
function f() {
  eval("var local = 'from eval'");
  return typeof local;
}
console.log(f());
console.log(eval("this === undefined ? 'undefined' : typeof this"));
console.log((0, eval)("typeof this"));
