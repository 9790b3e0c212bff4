// Optional chaining: ?. on members, calls and computed keys; short-circuits the whole chain; keeps this.
const o = { a: { b: { c: 1 } }, f() { return this === o ? 'this ok' : 'wrong this'; }, arr: [10, 20] };
console.log(o?.a?.b?.c, o.x?.y.z.w, o.a?.['b']?.c, o.arr?.[1], o.nope?.[0]);
console.log(o.f?.(), o.g?.(), o?.f(), o.a.b.missing?.());
let n = null;
console.log(n?.x, n?.[0], n?.(), typeof n?.x);
let count = 0;
const u = undefined;
u?.[count++];
u?.x[count++].y;
console.log(count);
console.log((o?.a).b.c, delete o?.a?.b?.c, o.a.b.c, delete n?.x);
try { o.x?.y.z; o.x.y; } catch (e) { console.log(e.constructor.name, e.message); }
try { o.notFn?.(); o.a?.(); } catch (e) { console.log(e.constructor.name, e.message); }
class A { #p = 'private'; static read(x) { return x?.#p; } }
console.log(A.read(new A()), A.read(null));
console.log(o.f?.call({}), o?.a.b.c);
const fnNull = null;
console.log(fnNull?.call(1));
