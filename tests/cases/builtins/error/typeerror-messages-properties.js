// V8's TypeError messages for property access on undefined and null.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
var u, n = null;
console.log(msg(function () { return u.prop; }));
console.log(msg(function () { return n.prop; }));
console.log(msg(function () { return u[0]; }));
console.log(msg(function () { u.prop = 1; }));
console.log(msg(function () { n.prop = 1; }));
console.log(msg(function () { var o = {}; return o.a.b.c; }));
console.log(msg(function () { var key = "dyn"; return n[key]; }));
console.log(msg(function () { return Symbol() + ""; }));
console.log(msg(function () { return `${Symbol("d")}`; }));
console.log(msg(function () { "use strict"; Object.freeze([1]).push(2); }));
console.log(msg(function () { "use strict"; undefined.x; }));
