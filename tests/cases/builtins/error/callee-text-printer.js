// "is not a function" names the callee as V8's CallPrinter prints it, not as the source spells it.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
var obj = {};
console.log(msg(function () { obj["computed" + 1](); }));
console.log(msg(function () { obj[1 + 2](); }));
