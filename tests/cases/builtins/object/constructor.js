// Object as a function and constructor wraps primitives and returns objects as they are.
var o = {};
console.log(Object(o) === o, new Object(o) === o, typeof Object(), typeof new Object());
console.log(typeof Object(1), Object(1) instanceof Number, Object("s").length, typeof Object(true));
console.log(typeof Object(Symbol("x")), Object(null) !== null, Object(undefined) !== undefined);
console.log(Object.keys(Object(null)).length, Object.getPrototypeOf(Object(undefined)) === Object.prototype);
console.log(Object.length, Object.name, typeof Object.prototype, Object.getPrototypeOf(Object.prototype));
console.log(Object.prototype.constructor === Object, Object instanceof Function, Function instanceof Object);
var f = function () {};
console.log(Object(f) === f, new Object("ab").valueOf() === "ab");
