// Accessors across class inheritance: overriding only a getter hides the inherited setter; super accessors; static accessors.
class A { get v() { return 'A.v'; } set v(x) { this._v = 'A set ' + x; } static get s() { return 'A.s'; } }
class B extends A { get v() { return 'B.v/' + super.v; } }
const b = new B();
b.v = 1;
console.log(b.v, b._v, Object.getOwnPropertyDescriptor(B.prototype, 'v').set);
class C extends A { set v(x) { super.v = x + '!'; } get v() { return super.v; } }
const c = new C();
c.v = 2;
console.log(c.v, c._v);
class D extends A { static get s() { return 'D>' + super.s; } }
console.log(D.s, A.s);
const o = { get x() { return this._x ?? 'unset'; }, set x(v) { this._x = v * 2; } };
const child = Object.create(o);
child.x = 5;
console.log(child.x, o.x, Object.keys(child).join());
