// getPrototypeOf coerces primitives and returns the [[Prototype]].
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("") === String.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf(Symbol()) === Symbol.prototype, Object.getPrototypeOf(Object.create(null)));
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype, Object.getPrototypeOf(Object.getPrototypeOf({})));
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.name, e.message); }
try { Object.getPrototypeOf(); } catch (e) { console.log(e.name, e.message); }
class A {} class B extends A {}
console.log(Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype);
