// Built-in constructors and prototypes are shared by literals and wrappers.
console.log([].constructor === Array, ({}).constructor === Object, "".constructor === String);
console.log((1).constructor === Number, true.constructor === Boolean, /x/.constructor === RegExp);
console.log((function () {}).constructor === Function);
console.log(Object.getPrototypeOf(Object.getPrototypeOf([])) === Object.prototype);
console.log(Array.prototype.constructor === Array, Function.prototype.constructor === Function);
console.log(typeof Object.prototype, Object.prototype.constructor === Object);
console.log(Math.constructor === Object, JSON.constructor === Object);
console.log(Object.getPrototypeOf(Function) === Function.prototype);
console.log(Function.prototype.__proto__ === Object.prototype);
