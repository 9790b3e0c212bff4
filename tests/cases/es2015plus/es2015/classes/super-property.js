// super property access: home objects, super in object literals, super in static methods, super assignment.
const base = { greet() { return 'base greet'; }, x: 'base x' };
const obj = { __proto__: base, greet() { return 'obj+' + super.greet(); }, getX() { return super.x; } };
console.log(obj.greet(), obj.getX());
class A { static s() { return 'A.s'; } m() { return 'A.m'; } }
class B extends A { static s() { return 'B>' + super.s(); } m() { return 'B>' + super.m(); } }
console.log(B.s(), new B().m());
const borrowed = new B().m;
console.log(borrowed.call({}));
class C extends A { setIt() { super.field = 5; return this.field; } }
const c = new C();
console.log(c.setIt(), Object.prototype.hasOwnProperty.call(c, 'field'), A.prototype.field);
class D extends A { arrow() { return (() => super.m())(); } }
console.log(new D().arrow());
const k = 'm';
class E extends A { m() { return 'E>' + super[k](); } }
console.log(new E().m());
