// A constructor returning an object replaces this; returning a primitive is ignored.
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 42; }
function ReturnsNull() { this.a = 1; return null; }
function ReturnsArray() { return [1, 2]; }
function ReturnsFunction() { return function inner() {}; }
function ReturnsThis() { this.c = 3; return this; }
var o1 = new ReturnsObject(), o2 = new ReturnsPrimitive(), o3 = new ReturnsNull();
console.log(o1.a, o1.b, o1 instanceof ReturnsObject);
console.log(o2.a, o2 instanceof ReturnsPrimitive);
console.log(o3.a, o3 instanceof ReturnsNull);
console.log(new ReturnsArray().length, typeof new ReturnsFunction());
console.log(new ReturnsThis().c);
function ReturnsString() { return "str"; }
console.log(typeof new ReturnsString(), ReturnsString());
function Wrapper() { return new String("boxed"); }
console.log(new Wrapper().length, typeof new Wrapper());
