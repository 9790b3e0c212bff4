// Class expressions: anonymous and named, the inner name binding is immutable and local.
const A = class {};
console.log(A.name);
const B = class Inner { who() { return Inner.name; } static self() { return Inner; } };
console.log(B.name, new B().who(), B.self() === B, typeof Inner);
const C = class Named { change() { try { Named = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } } };
console.log(new C().change());
const list = [class {}, class X {}];
console.log(list[0].name === '', list[1].name);
const obj = { K: class {} };
console.log(obj.K.name);
let make = (n) => class { get n() { return n; } };
console.log(new (make(5))().n, new (make(7))().n);
console.log(typeof class {}, (class { static m() { return 'static'; } }).m());
