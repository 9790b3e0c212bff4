class A {
  a = 1;
  b = this.a + 1;
  ['c' + 1] = 3;
  #p = 10;
  static s = 'static';
  static #sp = 5;
  fn = function () {};
  arrow = () => this.a;
  static { console.log('static block', this.s, A.#sp, this === A); }
  #m() { return this.#p * 2; }
  get #g() { return this.#p + 1; }
  set #g(v) { this.#p = v; }
  show() { return [this.a, this.b, this.c1, this.#p, this.#m(), this.#g, #p in this]; }
  bump() { this.#g = 20; this.#p++; this.#p += 5; return this.#p; }
  static has(o) { return #p in o; }
}
var x = new A();
console.log(x.show(), x.bump(), A.has(x), A.has({}), x.fn.name, x.arrow());
console.log(Object.keys(x), A.s);
class B extends A {
  d = 'd';
  constructor() { super(); console.log('after super', this.d, this.a); }
}
var y = new B();
console.log(y.show(), Object.keys(y));
try { A.prototype.show.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class C { static inst = new C(); static count = 0; x = C.count++; }
console.log(C.inst.x, C.count);
class D { #x; static check(o) { try { return o.#x; } catch (e) { return e.message; } } }
console.log(D.check(new D()), D.check({}));
const E = class Named { static name2 = Named.name; };
console.log(E.name2);
class F { static #priv() { return 'sp'; } static call() { return F.#priv(); } }
console.log(F.call());
