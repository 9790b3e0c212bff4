// RangeError messages from built-ins.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { new Array(-1); }));
console.log(msg(function () { [].length = 1.5; }));
console.log(msg(function () { "x".repeat(-1); }));
console.log(msg(function () { "x".repeat(Infinity); }));
console.log(msg(function () { (1).toFixed(101); }));
console.log(msg(function () { (1).toString(1); }));
console.log(msg(function () { "a".normalize("X"); }));
console.log(msg(function () { String.fromCodePoint(-1); }));
console.log(msg(function () { new ArrayBuffer(-1); }));
console.log(msg(function () { new Date(NaN).toISOString(); }));
console.log(msg(function () { function f() { f(); } f(); }));
