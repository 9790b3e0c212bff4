// isPrototypeOf walks the prototype chain of its argument.
function A() {}
var a = new A();
console.log(A.prototype.isPrototypeOf(a), Object.prototype.isPrototypeOf(a), Function.prototype.isPrototypeOf(a));
console.log(Array.prototype.isPrototypeOf([]), Object.prototype.isPrototypeOf(Object.create(null)));
console.log(A.prototype.isPrototypeOf(A.prototype), Object.prototype.isPrototypeOf(1), Number.prototype.isPrototypeOf(1));
console.log(Object.prototype.isPrototypeOf.call(null, 1));
try { Object.prototype.isPrototypeOf.call(null, {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.isPrototypeOf.length);
