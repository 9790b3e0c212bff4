// new.target is the constructor called with new, or undefined in plain calls.
function F() { return new.target; }
console.log(F() === undefined, new F() instanceof F);
function G() { this.t = new.target; }
console.log(new G().t === G);
class A { constructor() { this.nt = new.target.name; } }
class B extends A {}
console.log(new A().nt, new B().nt);
function Only() { if (!new.target) throw new TypeError("use new"); this.ok = true; }
try { Only(); } catch (e) { console.log(e.name, e.message); }
console.log(new Only().ok);
function Outer() { var inner = () => new.target; return inner(); }
console.log(Outer() === undefined, typeof new Outer());
