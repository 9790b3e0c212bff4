// ReferenceErrors of the temporal dead zone and of `this` before super() in derived constructors.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
console.log(msg(function () { return tdz; let tdz = 1; }));
console.log(msg(function () { tdz2 = 5; const tdz2 = 1; }));
console.log(msg(function () { var read = function () { return later; }; read(); let later = 1; }));
console.log(msg(function () { new Thing(); class Thing {} }));
console.log(msg(function () { class A extends Object { constructor() { this.x = 1; super(); } } new A(); }));
console.log(msg(function () { new (class B extends Object { constructor() {} })(); }));
