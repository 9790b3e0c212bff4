// new.target in constructors, functions and arrows; abstract-class pattern.
function F() { return new.target === undefined ? 'call' : 'new ' + new.target.name; }
console.log(F(), new F() instanceof F);
function G() { this.t = new.target; }
console.log(new G().t === G);
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError('abstract');
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
try { new Shape(); } catch (e) { console.log(e.message); }
console.log(new Circle().kind);
class Arrowy { constructor() { const f = () => new.target; this.nt = f(); } }
console.log(new Arrowy().nt === Arrowy);
function R() { return Reflect; }
console.log(typeof new.target === 'undefined' ? 'top-level n/a' : 'x');
