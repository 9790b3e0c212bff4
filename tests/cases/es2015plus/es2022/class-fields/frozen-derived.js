class Base { constructor() { return Object.freeze({ frozen: true }); } }
class D extends Base { extra = 1; }
try { new D(); } catch (e) { console.log(e.constructor.name, e.message); }
class E extends Base { #p = 1; static has(o) { return #p in o; } }
var e = new E();
console.log(E.has(e), Object.isFrozen(e));
