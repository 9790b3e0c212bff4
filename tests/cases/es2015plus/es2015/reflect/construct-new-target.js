// Reflect.construct with a newTarget: the prototype comes from newTarget, new.target is newTarget; Babel's class helper pattern.
function Base(x) { this.x = x; this.nt = new.target && new.target.name; }
function Other() {}
Other.prototype.kind = 'other';
const o = Reflect.construct(Base, [1], Other);
console.log(o.x, o.nt, o.kind, Object.getPrototypeOf(o) === Other.prototype, o instanceof Base);
class A { constructor() { this.made = new.target.name; } }
class B extends A {}
const b = Reflect.construct(A, [], B);
console.log(b.made, b instanceof B, b instanceof A);
const d = Reflect.construct(Date, [0], Other);
console.log(Object.getPrototypeOf(d) === Other.prototype, Date.prototype.getTime.call(d));
const arr = Reflect.construct(Array, [3]);
console.log(Array.isArray(arr), arr.length);
function isNativeReflectConstruct() {
  try { Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function () {})); return true; } catch (e) { return false; }
}
console.log(isNativeReflectConstruct());
function createSuper(Derived) {
  return function () {
    const Super = Object.getPrototypeOf(Derived);
    return Reflect.construct(Super, arguments, this.constructor);
  };
}
function MyErr(msg) { const self = createSuper(MyErr).call(this, msg); self.extra = 'yes'; return self; }
Object.setPrototypeOf(MyErr, Error);
MyErr.prototype = Object.create(Error.prototype, { constructor: { value: MyErr } });
const e = new MyErr('babel style');
console.log(e instanceof MyErr, e instanceof Error, e.message, e.extra, Object.prototype.toString.call(e));
try { Reflect.construct(() => {}, []); } catch (err) { console.log(err.name, err.message); }
try { Reflect.construct(Base, [], Math.max); } catch (err) { console.log(err.name, err.message); }
