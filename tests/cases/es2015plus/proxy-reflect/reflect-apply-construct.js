// Reflect.apply and Reflect.construct, with new.target.
function f(a, b) { return [this && this.tag, a, b]; }
console.log(Reflect.apply(f, { tag: 't' }, [1, 2]), Reflect.apply(Math.max, null, { length: 2, 0: 4, 1: 7 }));
class A { constructor(x) { this.x = x; this.nt = new.target.name; } }
class B extends A {}
const a = Reflect.construct(A, [1]);
console.log(a, a instanceof A, a.nt);
const b = Reflect.construct(A, [2], B);
console.log(b instanceof B, b.nt, Object.getPrototypeOf(b) === B.prototype);
const d = Reflect.construct(Date, [0], Object);
console.log(d instanceof Date, Object.getPrototypeOf(d) === Object.prototype);
for (const thunk of [
  () => Reflect.apply(1, null, []),
  () => Reflect.apply(f, null, 3),
  () => Reflect.apply(f, null),
  () => Reflect.setPrototypeOf({}, 3),
  () => Reflect.get(1, 'x'),
  () => Reflect.ownKeys('s'),
  () => Reflect.defineProperty({}, 'x', 1),
]) {
  try { console.log(thunk()); } catch (e) { console.log(e.constructor.name, e.message); }
}
