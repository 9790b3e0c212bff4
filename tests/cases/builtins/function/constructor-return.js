// A constructor's returned object replaces this; primitives are ignored.
function RetObj() { this.a = 1; return { b: 2 }; }
function RetPrim() { this.a = 1; return 5; }
function RetNull() { this.a = 1; return null; }
var r1 = new RetObj(), r2 = new RetPrim(), r3 = new RetNull();
console.log(r1.a, r1.b, r2.a, r3.a, r1 instanceof RetObj, r2 instanceof RetPrim);
function RetFn() { return function () {}; }
console.log(typeof new RetFn());
class D { constructor() { return [1, 2]; } }
console.log(Array.isArray(new D()), new D().length);
class Base { constructor() { return { from: "base" }; } }
class Derived extends Base { constructor() { super(); this.extra = 1; } }
var d = new Derived();
console.log(d.from, d.extra, d instanceof Derived);
