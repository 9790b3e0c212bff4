// instanceof is false for primitives and true for their wrapper objects.
console.log(5 instanceof Number, new Number(5) instanceof Number, Object(5) instanceof Number);
console.log("s" instanceof String, Object("s") instanceof String, "s" instanceof Object);
console.log(true instanceof Boolean, new Boolean(true) instanceof Boolean);
console.log(null instanceof Object, undefined instanceof Object);
console.log(Object.create(Array.prototype) instanceof Array, Array.isArray(Object.create(Array.prototype)));
function F() {}
var f = new F();
console.log(f instanceof F, f instanceof Object, F instanceof Function, F.prototype instanceof Object);
console.log(Object.prototype instanceof Object, Function.prototype instanceof Object);
console.log((function () { return arguments; })() instanceof Object);
