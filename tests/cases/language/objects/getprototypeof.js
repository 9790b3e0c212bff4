// Object.getPrototypeOf for literals, built-ins, constructed and null-prototype objects.
var gp = Object.getPrototypeOf;
console.log(gp({}) === Object.prototype, gp([]) === Array.prototype, gp(function () {}) === Function.prototype);
console.log(gp(Object.prototype), gp(Object.create(null)));
console.log(gp(Array.prototype) === Object.prototype, gp(gp(/x/)) === Object.prototype);
console.log(gp("s") === String.prototype, gp(1) === Number.prototype);
try { gp(null); } catch (e) { console.log(e.name); }
function F() {}
var f = new F();
console.log(gp(f) === F.prototype, gp(F.prototype) === Object.prototype);
console.log(gp(new TypeError()) === TypeError.prototype, gp(TypeError.prototype) === Error.prototype);
console.log("__proto__" in {}, ({}).__proto__ === Object.prototype, Object.keys({}).length);
