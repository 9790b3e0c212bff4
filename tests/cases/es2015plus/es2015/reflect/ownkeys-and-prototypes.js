// Reflect.ownKeys order (indexes, strings, symbols, non-enumerables included); getPrototypeOf/setPrototypeOf booleans.
const s1 = Symbol('s1');
const o = { b: 1, 2: 1, a: 1, [s1]: 1, 1: 1 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(Reflect.ownKeys(o).map(String).join(' '));
console.log(Reflect.ownKeys([1, 2]).join(), Reflect.ownKeys(function f(a) {}).join(), Reflect.ownKeys(class {}).join());
const a = {}, b = Object.create(a);
console.log(Reflect.getPrototypeOf(b) === a, Reflect.setPrototypeOf(a, b), Reflect.setPrototypeOf(b, null), Reflect.getPrototypeOf(b));
console.log(Reflect.setPrototypeOf(Object.preventExtensions({}), {}), Reflect.setPrototypeOf(Object.preventExtensions({}), Object.prototype));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(String.prototype.slice, 'hello', [1, 3]), Reflect.apply(function () { return this; }, undefined, []) === undefined);
console.log(Reflect.apply(function () { return arguments.length; }, null, { length: 2 }));
