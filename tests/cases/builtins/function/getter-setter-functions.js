// Accessor functions defined with get and set have names and no prototype.
var o = { get v() { return 1; }, set v(x) {} };
var d = Object.getOwnPropertyDescriptor(o, "v");
console.log(d.get.name, d.set.name, d.get.length, d.set.length);
console.log(d.get.prototype, d.set.prototype);
try { new d.get(); } catch (e) { console.log(e.name, e.message); }
class C { static get s() { return "s"; } }
var sd = Object.getOwnPropertyDescriptor(C, "s");
console.log(C.s, sd.get.name, sd.enumerable);
