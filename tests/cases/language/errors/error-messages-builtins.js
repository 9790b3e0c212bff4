// Messages of common built-in errors, exactly as V8 words them.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { return [].reduce(function () {}); }));
console.log(msg(function () { return new Array(-5); }));
console.log(msg(function () { return (1).toFixed(200); }));
console.log(msg(function () { return Object.defineProperty(1, "x", {}); }));
console.log(msg(function () { return Object.create(1); }));
console.log(msg(function () { return null instanceof 5; }));
console.log(msg(function () { return "a" in "abc"; }));
console.log(msg(function () { return JSON.parse("{bad"); }));
console.log(msg(function () { return decodeURIComponent("%"); }));
console.log(msg(function () { "use strict"; var o = Object.freeze({ a: 1 }); o.a = 2; }));
console.log(msg(function () { return Object.keys(undefined); }));
