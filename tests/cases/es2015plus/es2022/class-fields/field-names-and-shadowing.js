class A { x = 'A'; static s = 'As'; }
class B extends A { x = 'B'; static s = 'Bs'; }
var b = new B();
console.log(b.x, B.s, A.s, Object.getPrototypeOf(B) === A);
class Names {
  f = function () {};
  g = () => {};
  h = class {};
  #p = function () {};
  names() { return [this.f.name, this.g.name, this.h.name, this.#p.name]; }
}
console.log(new Names().names());
class Undef { a; b = undefined; static c; }
console.log(Object.keys(new Undef()), 'c' in Undef, Undef.c);
