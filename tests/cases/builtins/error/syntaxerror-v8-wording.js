// SyntaxError messages for eval and Function code, in V8's wording.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { eval("'unterminated"); }));
console.log(msg(function () { new Function("a", "return a +"); }));
console.log(msg(function () { eval("return 1"); }));
console.log(msg(function () { eval("break"); }));
console.log(msg(function () { eval("'use strict'; with ({}) {}"); }));
console.log(msg(function () { eval("function f(a, a) { 'use strict'; }"); }));
