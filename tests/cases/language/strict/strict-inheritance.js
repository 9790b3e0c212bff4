// Functions nested in strict code are strict; functions from new Function are not.
"use strict";
function outer() {
  function inner() { return this; }
  var expr = function () { return this; };
  return [inner(), expr()].join(",");
}
console.log(outer());
var sloppyFromFunction = new Function("return typeof this");
console.log(sloppyFromFunction());
var strictFromFunction = new Function("'use strict'; return typeof this");
console.log(strictFromFunction());
var viaIndirectEval = (0, eval)("(function () { return typeof this; })");
console.log(viaIndirectEval());
var viaDirectEval = eval("(function () { return typeof this; })");
console.log(viaDirectEval());
