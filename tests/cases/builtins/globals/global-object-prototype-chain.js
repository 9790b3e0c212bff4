// The global object inherits from Object.prototype, so its methods are reachable as globals.
console.log(Object.getPrototypeOf(globalThis) !== null, globalThis instanceof Object);
console.log(typeof hasOwnProperty, typeof toString, typeof valueOf, globalThis.hasOwnProperty("Object"));
try { hasOwnProperty("Array"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(globalThis.hasOwnProperty("Array"), hasOwnProperty.call(globalThis, "nope"), propertyIsEnumerable.call(globalThis, "Array"));
console.log(Object.isExtensible(globalThis), Object.isFrozen(globalThis));
