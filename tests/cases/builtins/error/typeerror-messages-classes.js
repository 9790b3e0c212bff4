// V8's TypeError messages around classes, getters and frozen objects.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
class A { constructor() {} static s() {} get g() { return 1; } }
console.log(msg(function () { A(); }));
console.log(msg(function () { new A.s(); }));
console.log(msg(function () { "use strict"; var a = new A(); a.g = 2; }));
console.log(msg(function () { class B extends 5 {} }));
console.log(msg(function () { class C extends null {} new C(); }));
console.log(msg(function () { "use strict"; var o = Object.freeze({ x: 1 }); o.x = 2; }));
console.log(msg(function () { "use strict"; var o = Object.seal({}); o.y = 1; }));
console.log(msg(function () { "use strict"; delete Object.freeze({ z: 1 }).z; }));
console.log(msg(function () { var o = {}; Object.defineProperty(o, "k", { value: 1 }); Object.defineProperty(o, "k", { value: 2 }); }));
console.log(msg(function () { var D = class extends Object {}; Object.setPrototypeOf(D, null); new D(); }));
console.log(msg(function () { new (class extends Object { constructor() { super(); } })(); Object.setPrototypeOf(A, null); }));
