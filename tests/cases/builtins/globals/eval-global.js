// Indirect eval runs in the global scope; direct eval sees the caller's variables.
globalThis.x = "global";
function test() {
  var x = "local";
  return [eval("x"), (0, eval)("x"), globalThis.eval("typeof test")];
}
console.log(test().join(" "));
console.log(eval("1 + 2"), eval(42), eval({ a: 1 }).a, eval(), typeof eval("(function () {})"));
console.log(eval("var declared = 5; declared"), typeof declared);
console.log(eval("'use strict'; var strictVar = 1; typeof strictVar"), typeof strictVar);
