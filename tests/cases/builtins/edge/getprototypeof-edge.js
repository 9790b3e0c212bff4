// Prototype chains of built-ins and primitives, setPrototypeOf cycles and non-extensible targets, __proto__ edge cases.
var gp = Object.getPrototypeOf;
console.log(gp(1) === Number.prototype, gp('s') === String.prototype, gp(Symbol()) === Symbol.prototype, gp(Function.prototype) === Object.prototype, gp(Object.prototype));
console.log(gp(Array) === Function.prototype, gp(TypeError) === Error, gp(TypeError.prototype) === Error.prototype, gp(gp(function* () {})) === Function.prototype);
try { gp(null); } catch (e) { console.log(e.name, e.message); }
var a = {}, b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.name, e.message); }
try { a.__proto__ = b; } catch (e) { console.log(e.name, e.message); }
var o = {};
o.__proto__ = 5;
console.log(gp(o) === Object.prototype);
o.__proto__ = null;
console.log(gp(o), o.__proto__, '__proto__' in o);
var np = Object.create(null);
np.__proto__ = Array.prototype;
console.log(gp(np), Object.keys(np).join());
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
