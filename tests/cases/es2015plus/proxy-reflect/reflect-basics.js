// Reflect's shape and the internal methods it exposes.
console.log(typeof Reflect, Object.prototype.toString.call(Reflect), String(Reflect));
console.log(Object.getOwnPropertyNames(Reflect));
for (const k of Object.getOwnPropertyNames(Reflect)) console.log(k, Reflect[k].length, Reflect[k].name);
const o = { a: 1, [Symbol.iterator]: 2 };
console.log(Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.has(o, 'zz'));
console.log(Reflect.ownKeys(o), Reflect.ownKeys([1, 2]));
console.log(Reflect.getOwnPropertyDescriptor(o, 'a'), Reflect.getOwnPropertyDescriptor(o, 'b'));
console.log(Reflect.defineProperty(o, 'b', { value: 2 }), Reflect.getOwnPropertyDescriptor(o, 'b'));
console.log(Reflect.defineProperty(o, 'b', { value: 3 }), o.b);
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'b'), Object.keys(o));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.getPrototypeOf(Object.create(null)));
console.log(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.setPrototypeOf(o, {}), Reflect.setPrototypeOf(o, null));
console.log(Reflect.defineProperty(o, 'c', { value: 1 }));
