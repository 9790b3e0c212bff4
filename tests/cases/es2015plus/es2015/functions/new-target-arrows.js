// new.target inside arrow functions is the enclosing function's; at a module's top level it is undefined.
function F() {
  var direct = () => new.target;
  var nested = () => () => new.target;
  this.same = direct() === F && nested()() === F;
  return undefined;
}
console.log(new F().same);
function G() { return (() => new.target)(); }
console.log(G() === undefined);
class Base {
  constructor() { this.kind = (() => new.target.name)(); }
}
class Derived extends Base {
  constructor() { super(); this.mine = (() => new.target === Derived)(); }
}
var d = new Derived();
console.log(d.kind, d.mine, new Base().kind);
console.log((() => new.target)() === undefined);
function H() {
  var results = [];
  [1, 2].forEach(() => results.push(new.target === H));
  return results.join(',');
}
console.log(new H() instanceof H, H());
function Maker() { this.get = () => new.target; }
var m = new Maker();
console.log(m.get() === Maker);
