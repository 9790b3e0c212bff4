// Strict-mode functions keep normal hoisting; duplicate parameters are rejected.
"use strict";
console.log(typeof hoisted, hoisted());
function hoisted() { return "hoisted in strict code"; }
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
console.log(outer());
try { Function("a", "a", "'use strict'; return a"); } catch (e) { console.log(e.name); }
console.log(Function("a", "a", "return a")(1, 2));
var f = function named() { return typeof named; };
console.log(f());
try { (function named() { named = 1; })(); } catch (e) { console.log("assign to function name:", e.name); }
