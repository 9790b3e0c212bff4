// Reflect.defineProperty/deleteProperty/has/getOwnPropertyDescriptor return booleans or descriptors instead of throwing.
const o = {};
console.log(Reflect.defineProperty(o, 'x', { value: 1 }), Reflect.defineProperty(o, 'x', { value: 2 }), o.x);
console.log(JSON.stringify(Reflect.getOwnPropertyDescriptor(o, 'x')), Reflect.getOwnPropertyDescriptor(o, 'nope'));
console.log(Reflect.deleteProperty(o, 'x'), Reflect.deleteProperty(o, 'nope'), 'x' in o);
console.log(Reflect.has({ a: 1 }, 'a'), Reflect.has({}, 'toString'), Reflect.has([], 'length'), Reflect.has(Object.create(null), 'toString'));
const sealed = Object.seal({ s: 1 });
console.log(Reflect.deleteProperty(sealed, 's'), Reflect.defineProperty(sealed, 't', { value: 1 }), Reflect.isExtensible(sealed));
const ext = {};
console.log(Reflect.isExtensible(ext), Reflect.preventExtensions(ext), Reflect.isExtensible(ext), Reflect.preventExtensions(ext));
const arr = [1, 2, 3];
console.log(Reflect.defineProperty(arr, 'length', { value: 1 }), JSON.stringify(arr));
try { Reflect.defineProperty(arr, 'length', { value: -1 }); } catch (e) { console.log(e.name, e.message); }
try { Reflect.defineProperty({}, 'a', 1); } catch (e) { console.log(e.name, e.message); }
