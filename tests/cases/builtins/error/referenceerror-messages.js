// ReferenceError messages: undeclared names, TDZ and invalid assignment targets at runtime.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { return notDeclaredAnywhere; }));
console.log(msg(function () { "use strict"; undeclaredStrict = 1; }));
console.log(msg(function () { typeof alsoUndeclared; return "typeof is fine"; }));
console.log(msg(function () { new (class B extends Object { constructor() {} })(); }));
var e = new ReferenceError("custom");
console.log(e.name, e instanceof ReferenceError, String(e));
