// SyntaxError messages from eval, Function and RegExp at runtime.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { eval("var"); }));
console.log(msg(function () { eval("1 +"); }));
console.log(msg(function () { eval("{"); }));
console.log(msg(function () { eval("let let = 1"); }));
console.log(msg(function () { new RegExp("("); }));
console.log(msg(function () { JSON.parse("{bad}"); }));
