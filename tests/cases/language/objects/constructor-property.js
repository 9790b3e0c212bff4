// The constructor property is an ordinary, writable, inherited data property.
function A() {}
var a = new A();
console.log(a.constructor === A, a.hasOwnProperty("constructor"), A.prototype.hasOwnProperty("constructor"));
console.log(({}).constructor === Object, [].constructor === Array, Object.create(null).constructor);
a.constructor = "overwritten";
console.log(a.constructor, new A().constructor === A);
var d = Object.getOwnPropertyDescriptor(A.prototype, "constructor");
console.log(d.writable, d.enumerable, d.configurable);
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
console.log(b.constructor === A, b instanceof B);
var lit = { constructor: "just a key" };
console.log(lit.constructor, Object.keys(lit).join());
