// isFrozen and isSealed look at extensibility and every property's attributes.
var empty = Object.preventExtensions({});
console.log(Object.isFrozen(empty), Object.isSealed(empty));
var one = Object.preventExtensions({ a: 1 });
console.log(Object.isFrozen(one), Object.isSealed(one));
Object.defineProperty(one, "a", { configurable: false });
console.log(Object.isFrozen(one), Object.isSealed(one));
Object.defineProperty(one, "a", { writable: false });
console.log(Object.isFrozen(one), Object.isSealed(one));
var acc = Object.preventExtensions(Object.defineProperty({}, "g", { get: function () {} }));
console.log(Object.isFrozen(acc));
console.log(Object.isFrozen({}), Object.isSealed({}), Object.isFrozen(null), Object.isSealed(undefined));
var f = Object.freeze(function () {});
console.log(Object.isFrozen(f), Object.isSealed(f), Object.isFrozen(Object.freeze([])));
